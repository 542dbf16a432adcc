import type { FreshnessTarget } from "./freshness";
import type { Schedules } from "./schedules";

export const CACHE_STATUSES = [
  "running",
  "completed",
  "failed",
  "cancelled",
  "not-initialized",
  "deleted",
  "unknown",
] as const;
export type CacheStatusValue = (typeof CACHE_STATUSES)[number];

export type CacheMode = "one-time" | "incremental" | "full-and-incremental" | "full-only";

export type RunKind = "full" | "incremental";

export type CacheRun = {
  id: string;
  kind: RunKind | "unknown";
  status: CacheStatusValue;
  startedAt: string | null;
  updatedAt: string | null;
  finishedAt: string | null;
  rowsCached: number | null;
  rowsInserted: number | null;
  rowsUpdated: number | null;
  rowsDeleted: number | null;
  error: string | null;
};

export type CacheSettings = {
  id: string;
  projectId: string | null;
  catalogId: string;
  schemaName: string;
  tableName: string;
  schedules: Schedules;
};

export type CacheStatusInfo = {
  id: string;
  catalogId: string;
  schemaName: string;
  tableName: string;
  status: CacheStatusValue;
  running: RunKind[];
  lastFull: CacheRun | null;
  lastIncremental: CacheRun | null;
  /** End of the last successful run: the age of the copy people query. */
  lastSyncAt: string | null;
  /** Rows of that copy, not of a run still going or one that stopped. */
  rowsCached: number | null;
  /** False while the status alone cannot tell the last success and the history is unread. */
  lastSyncKnown: boolean;
  /** With no success in the run history: the oldest run it holds ("none kept since …"). */
  historySince: string | null;
  /** The newest run when it did not complete (running, failed, cancelled), shown beside the copy. */
  currentRun: CacheRun | null;
  lastError: string | null;
  actionLog: CacheAction[];
};

export type CacheAction = {
  at: string | null;
  action: string;
  message: string;
  kind: RunKind | "unknown";
  scheduled: boolean;
};

/** One row of the caches overview: status joined with settings and the catalog name. */
export type CacheSummary = Omit<CacheStatusInfo, "actionLog" | "lastFull" | "lastIncremental"> & {
  catalogName: string;
  mode: CacheMode | null;
  /** Both off when the settings are not known yet (`mode` is then null). */
  schedules: Schedules;
  /** Warn/error lines for the copy's age: set on the cache, the project default, or derived from schedules. */
  freshnessTarget?: FreshnessTarget;
  /** Schedules the console turned off on pause and will restore on resume; absent when not paused. */
  pausedSchedules?: Schedules | null;
};

export type CreateCacheInput = TableRef & { schedules: Schedules };

export type CreateCacheOutcome =
  { ok: true; table: TableRef; cache: CacheSettings | null } | { ok: false; table: TableRef; error: string };

export type TableRef = { catalogId: string; schemaName: string; tableName: string };
