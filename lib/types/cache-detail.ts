import type { CacheRun, CacheStatusInfo } from "./cache";
import type { Schedules } from "./schedules";
import type { FreshnessTarget } from "./freshness";

/** The schedules the console turned off, and when and by whom. */
export type CachePause = Schedules & {
  pausedAt: string;
  pausedBy: string;
};

/** Everything the detail page shows about one cache, read in one request. */
export type CacheDetail = {
  status: CacheStatusInfo;
  catalogName: string;
  schedules: Schedules;
  /** When the console turned the schedules off, what they were before. */
  paused: CachePause | null;
  /** What the cached table supports (FULL_REFRESH, INCREMENTAL); null when Peaka does not say. */
  supportedCacheTypes: readonly ("FULL_REFRESH" | "INCREMENTAL")[] | null;
  /** The lines the copy's age is judged by (see lib/freshness/target.ts). */
  freshnessTarget?: FreshnessTarget;
  fetchedAt: string;
};

export type CacheHistoryPage = { runs: CacheRun[]; limit: number; offset: number; hasMore: boolean };
