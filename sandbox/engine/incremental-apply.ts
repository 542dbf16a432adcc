import { type TableInfo } from "../catalog/types";
import { quoteIdent } from "../seed/source-db";
import { type Progress, type RunControl, type RunOutcome } from "./control";
import { columnList, fullCopy } from "./full-copy";
import { type CacheStore } from "./store";

// Reads only the change log written by the source triggers, so the cost follows the number of changes.
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
  const width = table.columns().length;
  const changes = db.prepare(
    `SELECT id, pk FROM ${alias}._changes WHERE tbl = ? AND id > ? ORDER BY id LIMIT ?`,
  );
  const readSource = db.prepare(`SELECT ${cols} FROM ${src} WHERE id = ?`).raw();
  const exists = db.prepare(`SELECT 1 FROM ${live} WHERE id = ?`).pluck();
  const upsert = db.prepare(
    `INSERT OR REPLACE INTO ${live} (${cols}) VALUES (${Array(width).fill("?").join(", ")})`,
  );
  const remove = db.prepare(`DELETE FROM ${live} WHERE id = ?`);
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
    const batch = changes.all(physical, cursor, control.batchRows) as { id: number; pk: number }[];
    const last = batch.at(-1);
    if (!last) break;
    db.transaction(() => {
      for (const pk of new Set(batch.map((c) => c.pk))) {
        const row = readSource.get(pk) as unknown[] | undefined;
        const cached = exists.get(pk) !== undefined;
        if (row) {
          upsert.run(row);
          if (cached) progress.updated++;
          else {
            progress.inserted++;
            progress.cached++;
          }
        } else if (cached) {
          remove.run(pk);
          progress.deleted++;
          progress.cached--;
        }
      }
      saveMeta.run(last.id, progress.cached, cacheId);
    })();
    cursor = last.id;
    progress.lastOffset = String(cursor);
    progress.lastTx = String(cursor);
    control.report(progress);
    await control.pause(batch.length);
  }
  return "completed";
}
