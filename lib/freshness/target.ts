import { formatIsoDuration } from "@/lib/schedule";
import { positiveInterval } from "@/lib/schedule/schedule-expression";
import type { ScheduleExpressions } from "@/lib/schedule";

import type { FreshnessTarget } from "@/lib/types/freshness";

export { FRESHNESS_STATES, type FreshnessState, type FreshnessTarget } from "@/lib/types/freshness";
export { freshnessState, staleness } from "./lines";

// With nothing set, a cache is late once it missed a run and stale once it missed three;
// a one-time copy (no schedule) is judged by the week and the month.
const ONE_TIME = { warnAfter: "P7D", errorAfter: "P30D" };
type Lines = { warnAfter: string; errorAfter: string };

function withMs(lines: Lines, source: FreshnessTarget["source"]): FreshnessTarget {
  const errorMs = durationMs(lines.errorAfter) ?? Number.MAX_SAFE_INTEGER;
  return { ...lines, warnMs: Math.min(durationMs(lines.warnAfter) ?? errorMs, errorMs), errorMs, source };
}

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
  if (intervals.length === 0) return withMs(ONE_TIME, "derived");
  const every = Math.min(...intervals);
  return withMs({ warnAfter: isoOfMs(every * 2), errorAfter: isoOfMs(every * 4) }, "derived");
}

/** Set on the cache, else the project default, else derived from the schedules. */
export function resolveTarget(
  own: Lines | null,
  projectDefault: Lines | null,
  schedules: ScheduleExpressions,
): FreshnessTarget {
  if (own) return withMs(own, "cache");
  if (projectDefault) return withMs(projectDefault, "project");
  return deriveTarget(schedules);
}
