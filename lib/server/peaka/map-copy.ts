import "server-only";

import type { CacheRun } from "@/lib/types";

/** What people query: the copy the last successful run left, whichever kind it was. */
export type CopyFacts = {
  lastSyncAt: string | null;
  rowsCached: number | null;
  /** False when the status alone cannot tell and the run history has not been read. */
  lastSyncKnown: boolean;
  /** With no successful run found in the history: how far back that history goes. */
  historySince: string | null;
};

const time = (iso: string | null | undefined): number => {
  const t = iso ? Date.parse(iso) : NaN;
  return Number.isNaN(t) ? -Infinity : t;
};

export const runEnd = (run: CacheRun): string | null => run.finishedAt ?? run.updatedAt;

/** The completed run that ended last; a stopped or running run never replaced the copy. */
export function lastSuccessful(runs: readonly (CacheRun | null)[]): CacheRun | null {
  let best: CacheRun | null = null;
  for (const run of runs) {
    if (!run || run.status !== "completed") continue;
    if (!best || time(runEnd(run)) > time(runEnd(best))) best = run;
  }
  return best;
}

/**
 * Whether the status's two `last*` runs may hide a newer success. A kind whose last run did not
 * complete had its previous success before that run started, so the other kind's success settles
 * it only when it ended after that start; otherwise only the history can tell.
 */
export function statusNeedsHistory(lastFull: CacheRun | null, lastIncremental: CacheRun | null): boolean {
  const success = lastSuccessful([lastFull, lastIncremental]);
  return [lastFull, lastIncremental].some(
    (run) =>
      run !== null &&
      run.status !== "completed" &&
      (success === null || time(runEnd(success)) < time(run.startedAt)),
  );
}

function factsOf(success: CacheRun | null, known: boolean, historySince: string | null): CopyFacts {
  return {
    lastSyncAt: success ? runEnd(success) : null,
    rowsCached: success?.rowsCached ?? null,
    lastSyncKnown: known,
    historySince: success ? null : historySince,
  };
}

/** The copy as far as the cache status shows it. */
export function copyFromStatus(lastFull: CacheRun | null, lastIncremental: CacheRun | null): CopyFacts {
  const known = !statusNeedsHistory(lastFull, lastIncremental);
  return factsOf(known ? lastSuccessful([lastFull, lastIncremental]) : null, known, null);
}

/** The copy from the status runs and the run history (newest first, about 14 days). */
export function copyFromHistory(
  lastFull: CacheRun | null,
  lastIncremental: CacheRun | null,
  history: readonly CacheRun[],
): CopyFacts {
  const starts = [...history, lastFull, lastIncremental]
    .map((run) => run?.startedAt ?? null)
    .filter((iso): iso is string => time(iso) > -Infinity);
  const since = starts.sort((a, b) => time(a) - time(b))[0] ?? null;
  return factsOf(lastSuccessful([lastFull, lastIncremental, ...history]), true, since);
}

/** The newest run when it did not complete: shown beside the copy, never in its place. */
export function unfinishedRun(lastFull: CacheRun | null, lastIncremental: CacheRun | null): CacheRun | null {
  const newest = [lastFull, lastIncremental]
    .filter((r): r is CacheRun => r !== null)
    .sort((a, b) => time(b.startedAt) - time(a.startedAt))[0];
  const running = [lastFull, lastIncremental].find((r) => r?.status === "running");
  if (running) return running;
  return newest && newest.status !== "completed" ? newest : null;
}
