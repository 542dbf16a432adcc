import { join } from "node:path";

import Database from "better-sqlite3";

import { openSource, quoteIdent, readSourceTables } from "@/sandbox/seed/source-db";

// Reads the sandbox's own files directly, to compare what the API reports with what is really stored.
export function sourceRowCount(dataDir: string, catalog: string, schema: string, table: string): number {
  const db = openSource(join(dataDir, "sources", `${catalog}.sqlite`));
  try {
    const meta = readSourceTables(db).find((t) => t.schemaName === schema && t.tableName === table);
    if (!meta) throw new Error(`no source table ${schema}.${table}`);
    return db
      .prepare(`SELECT COUNT(*) FROM ${quoteIdent(meta.physical)}`)
      .pluck()
      .get() as number;
  } finally {
    db.close();
  }
}

export function cachedRows(
  dataDir: string,
  cacheId: string,
): { count: number; buildTables: number } | undefined {
  const db = new Database(join(dataDir, "cache-store.sqlite"), { readonly: true });
  try {
    const live = `c_${cacheId.replaceAll("-", "")}`;
    const exists = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(live);
    const buildTables = db
      .prepare("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name LIKE 'b\\_%' ESCAPE '\\'")
      .pluck()
      .get() as number;
    if (!exists) return undefined;
    return {
      count: db
        .prepare(`SELECT COUNT(*) FROM ${quoteIdent(live)}`)
        .pluck()
        .get() as number,
      buildTables,
    };
  } finally {
    db.close();
  }
}

export function sourceDistinct(
  dataDir: string,
  catalog: string,
  schema: string,
  table: string,
  column: string,
): number {
  const db = openSource(join(dataDir, "sources", `${catalog}.sqlite`));
  try {
    const meta = readSourceTables(db).find((t) => t.schemaName === schema && t.tableName === table);
    if (!meta) throw new Error(`no source table ${schema}.${table}`);
    return db
      .prepare(`SELECT COUNT(DISTINCT ${quoteIdent(column)}) FROM ${quoteIdent(meta.physical)}`)
      .pluck()
      .get() as number;
  } finally {
    db.close();
  }
}
