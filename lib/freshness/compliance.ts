import type { CacheRun, TargetLines } from "@/lib/types";

import { formatAge } from "./format-age";

export type AgePoint = { at: number; ageMs: number };

export type Compliance = {
  /** The part of the history the curve covers: from the first successful run's end to now. */
  windowStart: number;
  windowEnd: number;
  /** The sawtooth: age grows, then drops to zero when a successful run ends. */
  points: AgePoint[];
  freshMs: number;
  warnMs: number;
  errorMs: number;
  /** Share of the window below the warn line, and below the error line. */
  shareFresh: number;
  shareWithinError: number;
  worst: AgePoint;
  failures: { at: number; run: CacheRun }[];
  successes: number;
};

const endOf = (run: CacheRun): number => Date.parse(run.finishedAt ?? run.updatedAt ?? "");

/**
 * The data-age curve and the time spent within target, from the run history. Before the first
 * success in the history the age is unknown (the success before it was not kept), so the window
 * starts there; null when the history holds no success.
 */
export function computeCompliance(
  runs: readonly CacheRun[],
  target: TargetLines,
  now: number,
): Compliance | null {
  const ends = runs
    .filter((run) => run.status === "completed")
    .map(endOf)
    .filter((t) => Number.isFinite(t) && t <= now)
    .sort((a, b) => a - b);
  const first = ends[0];
  if (first === undefined) return null;
  const error = target.errorMs;
  const warn = Math.min(target.warnMs, error);
  const points: AgePoint[] = [{ at: first, ageMs: 0 }];
  let worst: AgePoint = { at: first, ageMs: 0 };
  let freshMs = 0;
  let warnMs = 0;
  let errorMs = 0;
  const cuts = [...ends.slice(1), now];
  let from = first;
  for (const [index, to] of cuts.entries()) {
    const length = to - from;
    if (length > 0) {
      freshMs += Math.min(length, warn);
      warnMs += Math.max(0, Math.min(length, error) - warn);
      errorMs += Math.max(0, length - error);
      points.push({ at: to, ageMs: length });
      if (length > worst.ageMs) worst = { at: to, ageMs: length };
      if (index < cuts.length - 1) points.push({ at: to, ageMs: 0 });
    }
    from = to;
  }
  const total = now - first;
  const failures = runs
    .filter((run) => run.status === "failed" || run.status === "cancelled")
    .map((run) => ({ at: Number.isFinite(endOf(run)) ? endOf(run) : Date.parse(run.startedAt ?? ""), run }))
    .filter((f) => Number.isFinite(f.at) && f.at >= first)
    .sort((a, b) => a.at - b.at);
  return {
    windowStart: first,
    windowEnd: now,
    points,
    freshMs,
    warnMs,
    errorMs,
    shareFresh: total > 0 ? freshMs / total : 1,
    shareWithinError: total > 0 ? (freshMs + warnMs) / total : 1,
    worst,
    failures,
    successes: ends.length,
  };
}

const percent = (share: number) => `${(Math.floor(share * 1000) / 10).toFixed(1)}%`;

/** "Fresh 98.7% of the last 13 d 22 h, worst 3 h 10 min at Nov 28, 14:05 UTC." */
export function describeCompliance(c: Compliance, formatTime: (ms: number) => string): string {
  const window = formatAge(c.windowEnd - c.windowStart);
  const worst = c.worst.ageMs > 0 ? `, worst ${formatAge(c.worst.ageMs)} at ${formatTime(c.worst.at)}` : "";
  return `Fresh ${percent(c.shareFresh)} of the last ${window} (within the error line ${percent(c.shareWithinError)})${worst}.`;
}
