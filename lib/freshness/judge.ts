import type { CacheSummary, FreshnessState, FreshnessTarget } from "@/lib/types";

import { ageOf } from "./format-age";
import { freshnessState, staleness } from "./lines";

export type Judgement = {
  ageMs: number | null;
  /** null while the target is unknown (schedules not read yet) or the last success is being looked up. */
  state: FreshnessState | null;
  target: FreshnessTarget | null;
  /** Age over the error line: 1 is at it; no copy at all sorts as the most stale. */
  staleness: number;
};

type Judged = Pick<CacheSummary, "lastSyncAt" | "lastSyncKnown" | "freshnessTarget">;

/** Data age is now minus the end of the last successful run, judged against the cache's target. */
export function judgeFreshness(cache: Judged, now: number): Judgement {
  const ageMs = ageOf(cache.lastSyncAt, now);
  const target = cache.freshnessTarget ?? null;
  if (!target || (!cache.lastSyncKnown && ageMs === null))
    return { ageMs, state: null, target, staleness: ageMs === null ? -1 : 0 };
  return { ageMs, state: freshnessState(ageMs, target), target, staleness: staleness(ageMs, target) };
}
