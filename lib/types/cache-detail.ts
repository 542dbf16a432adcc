import type { CacheRun, CacheStatusInfo } from "./cache";

export type CachePause = {
  incremental: string | null;
  fullRefresh: string | null;
  pausedAt: string;
  pausedBy: string;
};

/** Everything the detail page shows about one cache, read in one request. */
export type CacheDetail = {
  status: CacheStatusInfo;
  catalogName: string;
  incrementalSchedule: string | null;
  fullRefreshSchedule: string | null;
  /** When the console turned the schedules off, what they were before. */
  paused: CachePause | null;
  /** What the cached table supports (FULL_REFRESH, INCREMENTAL); null when Peaka does not say. */
  supportedCacheTypes: readonly ("FULL_REFRESH" | "INCREMENTAL")[] | null;
  fetchedAt: string;
};

export type CacheHistoryPage = { runs: CacheRun[]; limit: number; offset: number; hasMore: boolean };
