import { splitNanos } from "./duration-math";
import { describeDuration } from "./human-input";
import { readSchedule } from "./schedule-expression";
import type { CacheMode, ScheduleExpressions } from "./types";

const isOn = (expression: string | null | undefined): boolean =>
  expression !== null && expression !== undefined && expression !== "";

/** "one-time" when no schedule is on; "full-only" when only full refresh is on. */
export function cacheModeOf({ incremental, fullRefresh }: ScheduleExpressions): CacheMode {
  const inc = isOn(incremental);
  const full = isOn(fullRefresh);
  if (inc && full) return "full-and-incremental";
  if (inc) return "incremental";
  return full ? "full-only" : "one-time";
}

function describeOne(label: string, expression: string | null | undefined): string | null {
  const reading = readSchedule(expression);
  if (reading.state === "off") return null;
  if (reading.state === "invalid") return `${label} with an invalid interval "${expression ?? ""}"`;
  const { seconds, nanos } = splitNanos(reading.totalNanos);
  const words = describeDuration(seconds, nanos);
  return reading.totalNanos > 0n ? `${label} ${words}` : `${label} with ${words}`;
}

/** "incremental every 6 hours, full refresh every day", or "one-time" when both are off. */
export function describeSchedules({ incremental, fullRefresh }: ScheduleExpressions): string {
  const parts = [describeOne("incremental", incremental), describeOne("full refresh", fullRefresh)];
  const present = parts.filter((part): part is string => part !== null);
  return present.length === 0 ? "one-time" : present.join(", ");
}
