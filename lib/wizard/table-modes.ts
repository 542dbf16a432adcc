// The wizard's modes and table helpers without zod, so client steps that only need these do not ship a validator.
// lib/schemas/wizard.ts re-exports all of it next to the schemas that the forms and the server actions share.

import type { Schedules } from "@/lib/types/schedules";

export type { Schedules };

export const CACHE_MODES = ["one-time", "incremental", "full-and-incremental", "full-only"] as const;
export type CacheMode = (typeof CACHE_MODES)[number];

export type CacheType = "FULL_REFRESH" | "INCREMENTAL";

export type TableRef = { catalogId: string; schemaName: string; tableName: string };

/** Which `supportedCacheTypes` a table needs for each mode. */
export const MODE_REQUIRES: Record<CacheMode, CacheType[]> = {
  "one-time": [],
  incremental: ["INCREMENTAL"],
  "full-and-incremental": ["FULL_REFRESH", "INCREMENTAL"],
  "full-only": ["FULL_REFRESH"],
};

/** Which schedules a mode sends. */
export const MODE_SCHEDULES: Record<CacheMode, { incremental: boolean; fullRefresh: boolean }> = {
  "one-time": { incremental: false, fullRefresh: false },
  incremental: { incremental: true, fullRefresh: false },
  "full-and-incremental": { incremental: true, fullRefresh: true },
  "full-only": { incremental: false, fullRefresh: true },
};

export function isCacheMode(value: string): value is CacheMode {
  return (CACHE_MODES as readonly string[]).includes(value);
}

export function schedulesForMode(mode: CacheMode, schedules: Schedules): Schedules {
  const uses = MODE_SCHEDULES[mode];
  return {
    incremental: uses.incremental ? schedules.incremental : null,
    fullRefresh: uses.fullRefresh ? schedules.fullRefresh : null,
  };
}

/**
 * A table's one display form, on every screen and in the audit log: catalog.schema.table with the catalog's
 * query name, exactly as a SQL query names it. Without a catalog name (not known yet) it is schema.table.
 */
export function tableLabel(
  table: Pick<TableRef, "schemaName" | "tableName">,
  catalogName?: string | null,
): string {
  return [catalogName, table.schemaName, table.tableName].filter(Boolean).join(".");
}

export function tableKey(table: TableRef): string {
  return `${table.catalogId}/${table.schemaName}/${table.tableName}`;
}
