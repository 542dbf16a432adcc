import { type SourceRef, type TableInfo } from "../catalog/types";
import { quoteIdent } from "../seed/source-db";
import { type Progress, type RunControl, type RunOutcome } from "./control";
import { type CacheStore } from "./store";

function sourceOf(table: TableInfo): SourceRef {
  if (!table.source) throw new Error(`${table.schemaName}.${table.tableName} has no source data`);
  return table.source;
}

export function columnList(table: TableInfo): string {
  return table
    .columns()
    .map((c) => quoteIdent(c.name))
    .join(", ");
}

export function buildDdl(name: string, table: TableInfo): string {
  const cols = table
    .columns()
    .map((c) => (c.name === "id" ? `"id" INTEGER PRIMARY KEY` : `${quoteIdent(c.name)} ${c.type}`));
  return `CREATE TABLE ${quoteIdent(name)} (${cols.join(", ")})`;
}

// Copies into a private build table and swaps it in with one transaction, so readers never see a partial cache
// and a cancel or crash leaves the previous data in place.
export async function fullCopy(
  store: CacheStore,
  table: TableInfo,
  cacheId: string,
  runId: string,
  control: RunControl,
  countAsInserted: boolean,
): Promise<RunOutcome> {
  const { db } = store;
  const source = sourceOf(table);
  const src = `${source.alias}.${quoteIdent(source.physical)}`;
  const build = `b_${runId.replaceAll("-", "")}`;
  const live = store.liveTable(cacheId);
  const cols = columnList(table);
  const watermark = (
    db.prepare(`SELECT COALESCE(MAX(id), 0) AS m FROM ${source.alias}._changes`).get() as { m: number }
  ).m;
  db.exec(buildDdl(build, table));
  const copy = db.prepare(
    `INSERT INTO ${quoteIdent(build)} (${cols}) SELECT ${cols} FROM ${src} WHERE id > ? ORDER BY id LIMIT ?`,
  );
  const maxId = db.prepare(`SELECT MAX(id) AS m FROM ${quoteIdent(build)}`);
  const progress: Progress = {
    cached: 0,
    inserted: 0,
    updated: 0,
    deleted: 0,
    lastOffset: "0",
    lastTx: String(watermark),
  };
  let lastId = Number.MIN_SAFE_INTEGER;
  try {
    for (;;) {
      if (control.isCancelled()) return dropBuild(store, build);
      const copied = copy.run(lastId, control.batchRows).changes;
      if (copied === 0) break;
      lastId = (maxId.get() as { m: number }).m;
      progress.cached += copied;
      if (countAsInserted) progress.inserted += copied;
      progress.lastOffset = String(lastId);
      control.report(progress);
      await control.pause(copied);
    }
    if (control.isCancelled()) return dropBuild(store, build);
    db.transaction(() => {
      db.exec(`DROP TABLE IF EXISTS ${quoteIdent(live)}`);
      db.exec(`ALTER TABLE ${quoteIdent(build)} RENAME TO ${quoteIdent(live)}`);
      db.prepare(
        `INSERT INTO _cache_meta (cache_id, last_change_id, row_count) VALUES (?, ?, ?)
         ON CONFLICT(cache_id) DO UPDATE SET last_change_id = excluded.last_change_id, row_count = excluded.row_count`,
      ).run(cacheId, watermark, progress.cached);
    })();
    control.report(progress);
    return "completed";
  } catch (error) {
    dropBuild(store, build);
    throw error;
  }
}

function dropBuild(store: CacheStore, build: string): RunOutcome {
  store.db.exec(`DROP TABLE IF EXISTS ${quoteIdent(build)}`);
  return "cancelled";
}
