import type { CacheRun } from "@/lib/types";

const count = new Intl.NumberFormat("en");
const KIND = { full: "Full refresh", incremental: "Incremental", unknown: "Sync" } as const;

/** One line about an unfinished run, said beside the copy's age and never in its place. */
export function describeBesideRun(run: CacheRun | null): string | null {
  if (!run) return null;
  const kind = KIND[run.kind];
  if (run.status === "running")
    return run.rowsCached === null
      ? `${kind} running`
      : `${kind} running · ${count.format(run.rowsCached)} so far`;
  if (run.status === "failed") return `${kind} failed · data kept`;
  if (run.status === "cancelled") return `${kind} cancelled · data kept`;
  return null;
}
