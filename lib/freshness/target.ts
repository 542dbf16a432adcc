import { formatIsoDuration } from "@/lib/schedule";
import { positiveInterval } from "@/lib/schedule/schedule-expression";
import type { ScheduleExpressions } from "@/lib/schedule";

import type { FreshnessState, FreshnessTarget } from "@/lib/types/freshness";

export { FRESHNESS_STATES, type FreshnessState, type FreshnessTarget } from "@/lib/types/freshness";

// With nothing set, a cache is late once it missed a run and stale once it missed three;
// a one-time copy (no schedule) is judged by the week and the month.
const ONE_TIME: Omit<FreshnessTarget, "source"> = { warnAfter: "P7D", errorAfter: "P30D" };

/** Milliseconds of an ISO-8601 duration, or null when it does not parse or is not positive. */
export function durationMs(iso: string | null | undefined): number | null {
  const nanos = positiveInterval(iso);
  return nanos === null ? null : Number(nanos / 1_000_000n);
}

const isoOfMs = (ms: number): string => formatIsoDuration(BigInt(Math.round(ms / 1000)), 0);

/** The default target from the schedules that keep the copy fresh (for a paused cache, the remembered ones). */
export function deriveTarget(schedules: ScheduleExpressions): FreshnessTarget {
  const intervals = [durationMs(schedules.incremental), durationMs(schedules.fullRefresh)].filter(
    (ms): ms is number => ms !== null,
  );
  if (intervals.length === 0) return { ...ONE_TIME, source: "derived" };
  const every = Math.min(...intervals);
  return { warnAfter: isoOfMs(every * 2), errorAfter: isoOfMs(every * 4), source: "derived" };
}

/** Set on the cache, else the project default, else derived from the schedules. */
export function resolveTarget(
  own: Omit<FreshnessTarget, "source"> | null,
  projectDefault: Omit<FreshnessTarget, "source"> | null,
  schedules: ScheduleExpressions,
): FreshnessTarget {
  if (own) return { ...own, source: "cache" };
  if (projectDefault) return { ...projectDefault, source: "project" };
  return deriveTarget(schedules);
}

/** fresh below warn, warn from warn, error from error; a copy that never existed has no age. */
export function freshnessState(
  ageMs: number | null,
  target: Omit<FreshnessTarget, "source">,
): FreshnessState {
  if (ageMs === null) return "no-data";
  const error = durationMs(target.errorAfter) ?? Infinity;
  const warn = durationMs(target.warnAfter) ?? error;
  if (ageMs >= error) return "error";
  if (ageMs >= warn) return "warn";
  return "fresh";
}

/** How far along the way to its error line a copy is: 1 means at the line. Sorts "most stale first". */
export function staleness(ageMs: number | null, target: Omit<FreshnessTarget, "source">): number {
  if (ageMs === null) return Infinity;
  const error = durationMs(target.errorAfter);
  return error ? ageMs / error : 0;
}
