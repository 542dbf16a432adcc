import { splitNanos } from "./duration-math";
import { describeDuration } from "./human-input";
import { readSchedule } from "./schedule-expression";
import type { ScheduleExpressions } from "./types";

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
