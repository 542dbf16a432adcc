import "server-only";

import { judgeFreshness } from "@/lib/freshness/judge";
import type { CacheSummary, FreshnessState, Schedules } from "@/lib/types";

/** One cache as the console API lists it: the overview's row with its freshness judged now. */
export type ApiCache = {
  id: string;
  catalog: string;
  catalogId: string;
  schema: string;
  table: string;
  status: CacheSummary["status"];
  running: CacheSummary["running"];
  schedules: Schedules;
  paused: boolean;
  /** While paused: the schedules resume puts back. */
  pausedSchedules: Schedules | null;
  lastSyncAt: string | null;
  rowsCached: number | null;
  lastError: string | null;
  freshness: {
    state: FreshnessState | null;
    ageSeconds: number | null;
    warnAfter: string | null;
    errorAfter: string | null;
    source: "cache" | "project" | "derived" | null;
  };
};

export function toApiCache(summary: CacheSummary, now = Date.now()): ApiCache {
  const judged = judgeFreshness(summary, now);
  return {
    id: summary.id,
    catalog: summary.catalogName,
    catalogId: summary.catalogId,
    schema: summary.schemaName,
    table: summary.tableName,
    status: summary.status,
    running: summary.running,
    schedules: summary.schedules,
    paused: Boolean(summary.pausedSchedules),
    pausedSchedules: summary.pausedSchedules ?? null,
    lastSyncAt: summary.lastSyncAt,
    rowsCached: summary.rowsCached,
    lastError: summary.lastError,
    freshness: {
      state: judged.state,
      ageSeconds: judged.ageMs === null ? null : Math.round(judged.ageMs / 1000),
      warnAfter: judged.target?.warnAfter ?? null,
      errorAfter: judged.target?.errorAfter ?? null,
      source: judged.target?.source ?? null,
    },
  };
}
