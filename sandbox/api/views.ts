import { type CatalogRow, type TableInfo } from "../catalog/types";
import { type CacheRow } from "../engine/caches";
import { type ExecutionLog, type ExecutionRow } from "../engine/executions";
import { type Runner } from "../engine/runner";
import { type ColumnDef } from "../seed/source-db";
import { scheduleJson } from "./schedule-input";

export const catalogJson = (c: CatalogRow) => ({
  id: c.id,
  name: c.name,
  displayName: c.displayName,
  catalogType: c.catalogType,
  connectionId: c.connectionId,
});

export const tableJson = (t: TableInfo, isCached: boolean) => ({
  catalogId: t.catalogId,
  catalogName: t.catalogName,
  schemaName: t.schemaName,
  tableName: t.tableName,
  isCacheable: t.modes.length > 0,
  isDynamicTable: t.dynamic,
  isCached,
  supportedCacheTypes: [...t.modes],
});

export const columnJson = (c: ColumnDef, index: number) => ({
  id: String(index + 1),
  name: c.name,
  dataType: c.type,
  displayName: c.name,
  defaultValue: null,
  isNotNull: c.notNull === true,
  isUnique: c.unique === true,
  desc: c.desc ?? "",
});

export const cacheJson = (c: CacheRow) => ({
  id: c.id,
  catalogId: c.catalog_id,
  schemaName: c.schema_name,
  tableName: c.table_name,
  incrementalCacheSchedule: scheduleJson({ expression: c.inc_expr }),
  fullRefreshCacheSchedule: scheduleJson({ expression: c.full_expr }),
  projectId: c.project_id,
});

export const executionJson = (e: ExecutionRow) => ({
  id: e.id,
  executionMode: e.mode,
  status: e.status,
  error: e.error_json === null ? null : (JSON.parse(e.error_json) as object),
  progress: {
    numberOfCachedRecords: e.cached,
    numberOfInsertedRecords: e.inserted,
    numberOfUpdatedRecords: e.updated,
    numberOfDeletedRecords: e.deleted,
    lastOffset: e.last_offset,
    lastCacheTxId: e.last_tx,
  },
  createdAt: e.created_at,
  updatedAt: e.updated_at,
  finishedAt: e.finished_at,
});

// logLimit 0 leaves the action log out (excludeLogs=true).
export function statusJson(c: CacheRow, log: ExecutionLog, runner: Runner, logLimit: number) {
  const incremental = log.latest(c.id, "INCREMENTAL");
  const full = log.latest(c.id, "FULL_REFRESH");
  const status = runner.isRunning(c.id) ? "RUNNING" : (log.newest(c.id)?.status ?? "NOT_INITIALIZED");
  return {
    id: c.id,
    status,
    catalogId: c.catalog_id,
    schemaName: c.schema_name,
    tableName: c.table_name,
    projectId: c.project_id,
    lastIncrementalCacheExecution: incremental ? executionJson(incremental) : null,
    lastFullRefreshCacheExecution: full ? executionJson(full) : null,
    ...(logLimit > 0
      ? {
          cacheActionLogs: log.actions(c.id, logLimit).map((a) => ({
            timestamp: a.ts,
            action: a.action,
            message: a.message,
            cacheType: a.cache_type,
            isScheduled: a.is_scheduled === 1,
          })),
        }
      : {}),
  };
}
