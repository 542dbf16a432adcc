import { judgeFreshness } from "@/lib/freshness/judge";
import type { CacheSummary } from "@/lib/types";

/** "· 3 stale · 1 late" for the overview header; empty when every judged cache is fresh. */
export function freshnessCounts(caches: readonly CacheSummary[], now: number | null): string {
  if (now === null) return "";
  let stale = 0;
  let late = 0;
  for (const cache of caches) {
    const { state } = judgeFreshness(cache, now);
    if (state === "error") stale++;
    else if (state === "warn") late++;
  }
  return `${stale ? ` · ${stale} stale` : ""}${late ? ` · ${late} late` : ""}`;
}
