import type { Schedules } from "@/lib/types/schedules";
import type { CacheType } from "@/lib/wizard/table-modes";

/** The table's `supportedCacheTypes`; null when Peaka could not say (then Peaka decides, as before). */
export type SupportedTypes = readonly CacheType[] | null;

export const INCREMENTAL_UNSUPPORTED =
  "This table supports full refreshes only, so it cannot run an incremental sync. Run a full refresh instead.";

export function canRunIncremental(supported: SupportedTypes): boolean {
  return supported === null || supported.includes("INCREMENTAL");
}

/** Pausing turns schedules off: a one-time cache (no schedules, not paused) has nothing to pause or resume. */
export function canPause(cache: { schedules: Schedules; paused: unknown }): boolean {
  return cache.paused !== null || cache.schedules.incremental !== null || cache.schedules.fullRefresh !== null;
}
