import { randomUUID } from "node:crypto";

import { type TableInfo } from "../catalog/types";
import { type CacheRow, type ScheduleSetting, dueAfter } from "../engine/caches";
import { type Deps } from "../deps";
import { ApiError, badRequest } from "../http/errors";
import { type CacheMode } from "../seed/source-db";
import { requireObject, requireString } from "./body";
import { readSchedule } from "./schedule-input";

export function resolveCacheableTable(
  deps: Deps,
  projectId: string,
  body: Record<string, unknown>,
  what: string,
): TableInfo {
  const catalogId = requireString(body, "catalogId", what);
  const schemaName = requireString(body, "schemaName", what);
  const tableName = requireString(body, "tableName", what);
  const catalog = deps.registry.find(projectId, catalogId);
  if (!catalog)
    throw badRequest("CATALOG_NOT_FOUND", `Catalog "${catalogId}" does not exist in project ${projectId}.`);
  const tables = catalog.tables(schemaName);
  if (!tables)
    throw badRequest(
      "SCHEMA_NOT_FOUND",
      `Schema "${schemaName}" does not exist in catalog "${catalog.row.name}".`,
    );
  const table = tables.find((t) => t.tableName === tableName);
  if (!table)
    throw badRequest("TABLE_NOT_FOUND", `Table "${tableName}" does not exist in schema "${schemaName}".`);
  if (table.modes.length === 0) {
    throw badRequest(
      "TABLE_NOT_CACHEABLE",
      `Table "${schemaName}.${tableName}" cannot be cached (isCacheable is false).`,
    );
  }
  return table;
}

export function checkModes(
  table: TableInfo,
  inc: ScheduleSetting | undefined,
  full: ScheduleSetting | undefined,
): void {
  const unsupported = (mode: CacheMode, field: string): ApiError =>
    badRequest(
      "UNSUPPORTED_CACHE_TYPE",
      `Table "${table.schemaName}.${table.tableName}" does not support ${mode} caching (supported: ${table.modes.join(", ")}). Remove ${field} or set its type to NONE.`,
    );
  if (inc && !table.modes.includes("INCREMENTAL"))
    throw unsupported("INCREMENTAL", "incrementalCacheSchedule");
  if (full && !table.modes.includes("FULL_REFRESH"))
    throw unsupported("FULL_REFRESH", "fullRefreshCacheSchedule");
}

// Peaka starts the first sync at once: a full refresh when a full schedule exists, else an incremental;
// a one-time cache gets a single full load.
function initialMode(table: TableInfo, inc: ScheduleSetting, full: ScheduleSetting): CacheMode {
  if (full) return "FULL_REFRESH";
  if (inc) return "INCREMENTAL";
  return table.modes.includes("FULL_REFRESH") ? "FULL_REFRESH" : "INCREMENTAL";
}

export function createCache(deps: Deps, projectId: string, input: unknown): CacheRow {
  const what = "The cache request";
  const body = requireObject(input, what);
  const table = resolveCacheableTable(deps, projectId, body, what);
  const inc = readSchedule(body.incrementalCacheSchedule, "incrementalCacheSchedule") ?? null;
  const full = readSchedule(body.fullRefreshCacheSchedule, "fullRefreshCacheSchedule") ?? null;
  checkModes(table, inc, full);
  const now = Date.now();
  const row: CacheRow = {
    id: randomUUID(),
    project_id: projectId,
    catalog_id: table.catalogId,
    schema_name: table.schemaName,
    table_name: table.tableName,
    inc_expr: inc?.expression ?? null,
    inc_ms: inc?.ms ?? null,
    full_expr: full?.expression ?? null,
    full_ms: full?.ms ?? null,
    next_inc_at: dueAfter(now, inc?.ms ?? null),
    next_full_at: dueAfter(now, full?.ms ?? null),
    created_at: new Date(now).toISOString(),
  };
  if (deps.repo.insert(row) === "duplicate") {
    const existing = deps.repo.forTable(projectId, table.catalogId, table.schemaName, table.tableName);
    throw new ApiError(
      409,
      "CACHE_ALREADY_EXISTS",
      `Table "${table.schemaName}.${table.tableName}" already has a cache${existing ? ` (${existing.id})` : ""}. Update or delete that cache instead.`,
    );
  }
  deps.runner.request(row.id, initialMode(table, inc, full), false);
  return row;
}
