import { positiveInterval } from "@/lib/schedule/schedule-expression";
import type { RunKind, Schedules } from "@/lib/types";

import type { Anchor, PastRun } from "./types";

const NS_PER_MS = 1_000_000n;

const RECORD_DELAY_MS = 2_000;

/** A schedule's interval in milliseconds, or null when it is off or not a usable interval. */
export function intervalMs(expression: string | null): number | null {
  if (expression === null) return null;
  const known = intervals.get(expression);
  if (known !== undefined) return known;
  const nanos = positiveInterval(expression);
  const ms = nanos === null ? null : Number(nanos / NS_PER_MS);
  const usable = ms !== null && ms >= 1 ? ms : null;
  // A project repeats a few expressions thousands of times; parsing each once keeps the map fast.
  if (intervals.size < 1_000) intervals.set(expression, usable);
  return usable;
}
const intervals = new Map<string, number | null>();

export const scheduleOf = (schedules: Schedules, kind: RunKind): string | null =>
  kind === "full" ? schedules.fullRefresh : schedules.incremental;

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const mod = (a: number, n: number) => ((a % n) + n) % n;

/** How late a scheduled start may be and still count as on the grid (a run waiting behind another is later). */
export const toleranceMs = (interval: number) => Math.min(Math.max(2_000, interval * 0.02), 5 * 60_000);

/**
 * The phase of one schedule from what the console can see. Scheduled runs start on set time + k·interval, or a little
 * later when they waited behind another run; manual runs start anywhere. So among the run starts since the schedule
 * was last set (when the console knows that), the phase is the earliest point of the largest group of starts that
 * share it. With no run to go by, the console's own record of setting the schedule is the anchor.
 */
export function derivePhase(
  starts: readonly number[],
  interval: number,
  recordedSetAt: number | null,
): Anchor | null {
  const since = recordedSetAt === null ? starts : starts.filter((s) => s > recordedSetAt);
  const tolerance = toleranceMs(interval);
  if (recordedSetAt !== null) {
    // The record is written just after the change, so the true anchor may be a moment before it.
    const fits = since.some((s) => {
      const late = mod(s - recordedSetAt, interval);
      return late <= tolerance || interval - late <= RECORD_DELAY_MS;
    });
    if (fits || since.length === 0) return { at: recordedSetAt, source: "console-record" };
  }
  if (since.length === 0) return null;
  const phases = since.map((s) => mod(s, interval)).sort((a, b) => a - b);
  // Circular sliding window: count the starts within `tolerance` after each phase.
  let best = 0;
  let bestCount = 0;
  let j = 0;
  const n = phases.length;
  for (let i = 0; i < n; i++) {
    if (j < i) j = i;
    while (j + 1 < i + n && mod(phases[(j + 1) % n]! - phases[i]!, interval) <= tolerance) j++;
    if (j - i + 1 > bestCount) {
      bestCount = j - i + 1;
      best = phases[i]!;
    }
  }
  const latest = Math.max(...since);
  return { at: latest - mod(latest - best, interval), source: "run-history" };
}

/** Phase and median duration of each kind for one cache, from its history and the console's records. */
export function cacheTiming(
  schedules: Schedules,
  past: readonly PastRun[],
  recordedSetAt: number | null,
): { anchors: Record<RunKind, Anchor | null>; medianMs: Record<RunKind, number | null> } {
  const timing = (kind: RunKind) => {
    const runs = past.filter((r) => r.kind === kind);
    const durations = runs.flatMap((r) => (r.end !== null && r.end >= r.start ? [r.end - r.start] : []));
    const interval = intervalMs(scheduleOf(schedules, kind));
    const anchor =
      interval === null
        ? null
        : derivePhase(
            runs.map((r) => r.start),
            interval,
            recordedSetAt,
          );
    return { anchor, median: median(durations) };
  };
  const full = timing("full");
  const incremental = timing("incremental");
  // A schedule with no run of its own yet (the incremental of a cache whose first sync was a full one) was set with
  // the other: the cache's first run in the history is that moment, when the history reaches back to it.
  const first = past.length > 0 ? Math.min(...past.map((r) => r.start)) : null;
  const fallback = (anchor: Anchor | null, kind: RunKind): Anchor | null =>
    anchor ??
    (first !== null && intervalMs(scheduleOf(schedules, kind)) !== null && recordedSetAt === null
      ? { at: first, source: "run-history" }
      : null);
  return {
    anchors: {
      full: fallback(full.anchor, "full"),
      incremental: fallback(incremental.anchor, "incremental"),
    },
    medianMs: { full: full.median, incremental: incremental.median },
  };
}
