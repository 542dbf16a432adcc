"use client";

import { useMemo } from "react";

import { useTablesOfSchemas } from "@/lib/queries/use-catalog-browser";
import { type TableRef, tableKey } from "@/lib/wizard/table-modes";
import type { WizardTable } from "@/lib/wizard/types";

/** The API's current view of every selected table (flags, cache id), keyed by tableKey. */
export function useSelectedTables(projectId: string, refs: TableRef[]) {
  const schemas = useMemo(() => {
    const seen = new Map<string, { catalogId: string; schemaName: string }>();
    for (const ref of refs)
      seen.set(`${ref.catalogId}/${ref.schemaName}`, {
        catalogId: ref.catalogId,
        schemaName: ref.schemaName,
      });
    return [...seen.values()];
  }, [refs]);
  const { tables, pending, error } = useTablesOfSchemas(projectId, schemas);
  const byKey = useMemo(() => {
    const map = new Map<string, WizardTable>();
    for (const table of tables)
      map.set(
        tableKey({ catalogId: table.catalogId, schemaName: table.schemaName, tableName: table.name }),
        table,
      );
    return map;
  }, [tables]);
  return { byKey, pending, error };
}
