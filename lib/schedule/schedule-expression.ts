import { toTotalNanos } from "./duration-math";
import { parseIsoDuration } from "./iso-duration";
import type { DurationParseFailure } from "./types";

export type ScheduleReading =
  | { state: "off" }
  | { state: "invalid"; failure: DurationParseFailure }
  | { state: "interval"; totalNanos: bigint };

/** null, undefined and "" mean the schedule is off (Peaka type NONE); anything else must be exact ISO. */
export function readSchedule(expression: string | null | undefined): ScheduleReading {
  if (expression === null || expression === undefined || expression === "") return { state: "off" };
  const parsed = parseIsoDuration(expression);
  if (!parsed.ok) return { state: "invalid", failure: parsed };
  return { state: "interval", totalNanos: toTotalNanos(parsed.seconds, parsed.nanos) };
}

/** The interval in nanoseconds when it can drive runs (strictly positive), otherwise null. */
export function positiveInterval(expression: string | null | undefined): bigint | null {
  const reading = readSchedule(expression);
  return reading.state === "interval" && reading.totalNanos > 0n ? reading.totalNanos : null;
}
