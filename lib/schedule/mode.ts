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
