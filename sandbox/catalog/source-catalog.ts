import { readSourceTables, openSource } from "../seed/source-db";
import { type CatalogRow, type CatalogView, type TableInfo } from "./types";

export function createSourceCatalog(row: CatalogRow, file: string, alias: string): CatalogView {
  const db = openSource(file);
  const metas = readSourceTables(db);
  db.close();
  const bySchema = new Map<string, TableInfo[]>();
  for (const meta of metas) {
    const list = bySchema.get(meta.schemaName) ?? [];
    list.push({
      catalogId: row.id,
      catalogName: row.name,
      schemaName: meta.schemaName,
      tableName: meta.tableName,
      modes: meta.modes,
      dynamic: meta.dynamic,
      columns: () => meta.columns,
      source: { alias, physical: meta.physical },
    });
    bySchema.set(meta.schemaName, list);
  }
  return {
    row,
    schemaNames: () => [...bySchema.keys()],
    tables: (schema) => bySchema.get(schema),
    table: (schema, table) => bySchema.get(schema)?.find((t) => t.tableName === table),
  };
}
