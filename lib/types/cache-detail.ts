import type { CacheRun, CacheStatusInfo } from "./cache";
import type { FreshnessTarget } from "./freshness";

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
  /** The lines the copy's age is judged by (see lib/freshness/target.ts). */
  freshnessTarget?: FreshnessTarget;
  fetchedAt: string;
};

export type CacheHistoryPage = { runs: CacheRun[]; limit: number; offset: number; hasMore: boolean };
