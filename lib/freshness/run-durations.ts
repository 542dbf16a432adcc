import type { CacheRun } from "@/lib/types";

/** How long one kind of run takes, from the finished runs in the history. */
export type DurationStats = { medianMs: number; p95Ms: number; count: number };
export type RunDurations = { incremental: DurationStats | null; full: DurationStats | null };

const lengthOf = (run: CacheRun): number | null => {
  const start = Date.parse(run.startedAt ?? "");
  const end = Date.parse(run.finishedAt ?? "");
  return Number.isFinite(start) && Number.isFinite(end) && end >= start ? end - start : null;
};

/** Nearest-rank percentile of sorted values: with fewer than 20 runs the 95th is the slowest one. */
const rank = (sorted: readonly number[], share: number): number =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1))] ?? 0;

export function durationStats(lengths: readonly number[]): DurationStats | null {
  if (lengths.length === 0) return null;
  const sorted = [...lengths].sort((a, b) => a - b);
  return { medianMs: rank(sorted, 0.5), p95Ms: rank(sorted, 0.95), count: sorted.length };
}

/** Median and 95th percentile run time per kind, from completed runs only (a failure says little of the next success). */
export function runDurations(runs: readonly CacheRun[]): RunDurations {
  const of = (kind: CacheRun["kind"]) =>
    durationStats(
      runs
        .filter((run) => run.kind === kind && run.status === "completed")
        .map(lengthOf)
        .filter((ms): ms is number => ms !== null),
    );
  return { incremental: of("incremental"), full: of("full") };
}
