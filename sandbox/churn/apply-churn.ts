import { existsSync } from "node:fs";
import { join } from "node:path";

import type Database from "better-sqlite3";

import { createRng, type Rng } from "../prng";
import {
  type ColumnDef,
  openSource,
  quoteIdent,
  readSourceTables,
  type SourceTableMeta,
} from "../seed/source-db";

export type ChurnTarget = { catalog: string; schema: string; table: string };
export type ChurnPlan = ChurnTarget & { inserts: number; updates: number; deletes: number; seed?: number };
export type ChurnResult = { insertedIds: number[]; updatedIds: number[]; deletedIds: number[] };

export function sourceFile(dataDir: string, catalog: string): string {
  const file = join(dataDir, "sources", `${catalog}.sqlite`);
  if (!existsSync(file))
    throw new Error(`No source database for catalog "${catalog}" at ${file}. Start the sandbox once first.`);
  return file;
}

export function findTable(db: Database.Database, target: ChurnTarget): SourceTableMeta {
  const meta = readSourceTables(db).find(
    (t) => t.schemaName === target.schema && t.tableName === target.table,
  );
  if (!meta)
    throw new Error(`Table ${target.schema}.${target.table} does not exist in catalog ${target.catalog}.`);
  return meta;
}

function valueFor(column: ColumnDef, id: number, rng: Rng): string | number {
  const type = column.type.toLowerCase();
  if (type.startsWith("decimal") || type === "double") return Math.round(rng.next() * 100_000) / 100;
  if (type === "bigint") return rng.int(1, 1_000);
  if (type === "boolean") return rng.chance(0.5) ? 1 : 0;
  if (type === "timestamp") return new Date().toISOString();
  if (type === "date") return new Date().toISOString().slice(0, 10);
  return `churn ${id} ${rng.int(0, 1e9).toString(36)}`;
}

// Writes straight into the source database, as an outside system would; the triggers record each change.
export function applyChurnTo(db: Database.Database, meta: SourceTableMeta, plan: ChurnPlan): ChurnResult {
  const rng = createRng(plan.seed ?? Date.now());
  const t = quoteIdent(meta.physical);
  const data = meta.columns.filter((c) => c.name !== "id");
  const mutable = data.find((c) => !c.unique) ?? data[0];
  const result: ChurnResult = { insertedIds: [], updatedIds: [], deletedIds: [] };
  db.transaction(() => {
    const picked = db
      .prepare(`SELECT id FROM ${t} ORDER BY random() LIMIT ?`)
      .pluck()
      .all(plan.updates + plan.deletes) as number[];
    if (picked.length < plan.updates + plan.deletes)
      throw new Error(`Table ${meta.tableName} has too few rows to churn.`);
    result.updatedIds = picked.slice(0, plan.updates);
    result.deletedIds = picked.slice(plan.updates);
    const maxId = (db.prepare(`SELECT COALESCE(MAX(id), 0) FROM ${t}`).pluck().get() as number) ?? 0;
    const cols = ["id", ...data.map((c) => c.name)];
    const insert = db.prepare(
      `INSERT INTO ${t} (${cols.map(quoteIdent).join(", ")}) VALUES (${cols.map(() => "?").join(", ")})`,
    );
    for (let i = 1; i <= plan.inserts; i++) {
      const id = maxId + i;
      insert.run(id, ...data.map((c) => valueFor(c, id, rng)));
      result.insertedIds.push(id);
    }
    if (mutable) {
      const update = db.prepare(`UPDATE ${t} SET ${quoteIdent(mutable.name)} = ? WHERE id = ?`);
      for (const id of result.updatedIds) update.run(valueFor(mutable, id, rng), id);
    }
    const remove = db.prepare(`DELETE FROM ${t} WHERE id = ?`);
    for (const id of result.deletedIds) remove.run(id);
  })();
  return result;
}

export function applyChurn(dataDir: string, plan: ChurnPlan): ChurnResult {
  const db = openSource(sourceFile(dataDir, plan.catalog));
  try {
    return applyChurnTo(db, findTable(db, plan), plan);
  } finally {
    db.close();
  }
}
