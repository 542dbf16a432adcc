import type { CacheRun } from "@/lib/types";

const count = new Intl.NumberFormat("en");
const KIND = { full: "Full refresh", incremental: "Incremental", unknown: "Sync" } as const;

/**
 * One line about an unfinished run, said beside the copy's age and never in its place. `lastSyncAt`: the end of the
 * last successful sync; with none there is no data to keep, so a failed run says so instead.
 */
export function describeBesideRun(run: CacheRun | null, lastSyncAt: string | null): string | null {
  if (!run) return null;
  const kept = lastSyncAt ? "data kept" : "no data yet";
  const kind = KIND[run.kind];
  if (run.status === "running")
    return run.rowsCached === null
      ? `${kind} running`
      : `${kind} running · ${count.format(run.rowsCached)} so far`;
  if (run.status === "failed") return `${kind} failed · ${kept}`;
  if (run.status === "cancelled") return `${kind} cancelled · ${kept}`;
  return null;
}
