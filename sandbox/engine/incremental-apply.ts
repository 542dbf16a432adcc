import { type TableInfo } from "../catalog/types";
import { quoteIdent } from "../seed/source-db";
import { type Progress, type RunControl, type RunOutcome } from "./control";
import { columnList, fullCopy } from "./full-copy";
import { type CacheStore } from "./store";

// Reads only the change log written by the source triggers, so the cost follows the number of changes.
// Each batch is applied set-wise inside one transaction, which also fixes a consistent snapshot of the source.
export async function applyChanges(
  store: CacheStore,
  table: TableInfo,
  cacheId: string,
  runId: string,
  control: RunControl,
): Promise<RunOutcome> {
  const { db } = store;
  const meta = store.meta(cacheId);
  if (!meta || !table.source) return fullCopy(store, table, cacheId, runId, control, true);
  const { alias, physical } = table.source;
  const src = `${alias}.${quoteIdent(physical)}`;
  const live = quoteIdent(store.liveTable(cacheId));
  const cols = columnList(table);
  db.exec("CREATE TEMP TABLE IF NOT EXISTS changed_keys (pk INTEGER PRIMARY KEY)");
  const batchEnd = db
    .prepare(
      `SELECT MAX(id) FROM (SELECT id FROM ${alias}._changes WHERE tbl = ? AND id > ? ORDER BY id LIMIT ?)`,
    )
    .pluck();
  const clear = db.prepare("DELETE FROM temp.changed_keys");
  const collect = db.prepare(
    `INSERT OR IGNORE INTO temp.changed_keys (pk) SELECT pk FROM ${alias}._changes WHERE tbl = ? AND id > ? AND id <= ?`,
  );
  // RETURNING tells which keys were cached before and which exist in the source now, without an extra lookup pass.
  const remove = db
    .prepare(`DELETE FROM ${live} WHERE id IN (SELECT pk FROM temp.changed_keys) RETURNING id`)
    .pluck();
  const copy = db
    .prepare(
      `INSERT INTO ${live} (${cols}) SELECT ${cols} FROM ${src} WHERE id IN (SELECT pk FROM temp.changed_keys) RETURNING id`,
    )
    .pluck();
  const saveMeta = db.prepare("UPDATE _cache_meta SET last_change_id = ?, row_count = ? WHERE cache_id = ?");

  const progress: Progress = {
    cached: meta.rowCount,
    inserted: 0,
    updated: 0,
    deleted: 0,
    lastOffset: String(meta.lastChangeId),
    lastTx: String(meta.lastChangeId),
  };
  let cursor = meta.lastChangeId;
  control.report(progress);
  for (;;) {
    if (control.isCancelled()) return "cancelled";
    const end = batchEnd.get(physical, cursor, control.batchRows) as number | null;
    if (end === null) break;
    db.transaction(() => {
      clear.run();
      collect.run(physical, cursor, end);
      const existed = new Set(remove.all() as number[]);
      let updated = 0;
      let inserted = 0;
      for (const id of copy.all() as number[]) {
        if (existed.has(id)) updated++;
        else inserted++;
      }
      const deleted = existed.size - updated;
      progress.inserted += inserted;
      progress.updated += updated;
      progress.deleted += deleted;
      progress.cached += inserted - deleted;
      saveMeta.run(end, progress.cached, cacheId);
    })();
    const changes = end - cursor;
    cursor = end;
    progress.lastOffset = String(cursor);
    progress.lastTx = String(cursor);
    control.report(progress);
    await control.pause(Math.min(changes, control.batchRows));
  }
  return "completed";
}
