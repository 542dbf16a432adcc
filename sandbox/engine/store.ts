import Database from "better-sqlite3";

import { type SourceFile } from "../catalog/registry";
import { quoteIdent } from "../seed/source-db";
import { ensurePrivateFile } from "@/lib/server/private-files";

export type CacheStore = {
  db: Database.Database;
  liveTable(cacheId: string): string;
  meta(cacheId: string): { lastChangeId: number; rowCount: number } | undefined;
  dropCache(cacheId: string): void;
  checkpointSoon(): void;
};

export const liveTableName = (cacheId: string): string => `c_${cacheId.replaceAll("-", "")}`;

export function openStore(file: string, sources: SourceFile[]): CacheStore {
  ensurePrivateFile(file);
  const db = new Database(file);
  // An incremental dirties about one page per changed row, so half-size pages halve its commit; bulk copies
  // barely notice. Only takes effect when the file is created.
  db.pragma("page_size = 2048");
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  db.pragma("busy_timeout = 5000");
  db.pragma("cache_size = -65536");
  db.pragma("temp_store = MEMORY");
  // Checkpoints run when the store is idle instead of inside a refresh's commit (see checkpointSoon).
  db.pragma("wal_autocheckpoint = 0");
  db.exec(`CREATE TABLE IF NOT EXISTS _cache_meta (
    cache_id TEXT PRIMARY KEY, last_change_id INTEGER NOT NULL, row_count INTEGER NOT NULL)`);
  for (const source of sources) {
    db.prepare(`ATTACH DATABASE ? AS ${source.alias}`).run(source.file);
    db.pragma(`${source.alias}.cache_size = -65536`);
  }
  // A refresh that was building when the process died leaves its build table behind; the live table is untouched.
  const leftovers = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'b\\_%' ESCAPE '\\'")
    .all() as { name: string }[];
  for (const { name } of leftovers) db.exec(`DROP TABLE ${quoteIdent(name)}`);
  let checkpointTimer: NodeJS.Timeout | undefined;
  const metaStmt = db.prepare("SELECT last_change_id, row_count FROM _cache_meta WHERE cache_id = ?");
  return {
    db,
    liveTable: liveTableName,
    meta: (cacheId) => {
      const row = metaStmt.get(cacheId) as { last_change_id: number; row_count: number } | undefined;
      return row ? { lastChangeId: row.last_change_id, rowCount: row.row_count } : undefined;
    },
    checkpointSoon: () => {
      checkpointTimer ??= setTimeout(() => {
        checkpointTimer = undefined;
        if (db.open) db.pragma("wal_checkpoint(PASSIVE)");
      }, 1000).unref();
    },
    dropCache: (cacheId) => {
      db.transaction(() => {
        db.exec(`DROP TABLE IF EXISTS ${quoteIdent(liveTableName(cacheId))}`);
        db.prepare("DELETE FROM _cache_meta WHERE cache_id = ?").run(cacheId);
      })();
    },
  };
}
