import { randomUUID } from "node:crypto";

import { type CacheMode } from "../seed/source-db";
import { type StateDb } from "../state/open-state";
import { type Progress } from "./control";

export type RunStatus = "RUNNING" | "COMPLETED" | "FAILED" | "CANCELLED";

export type ExecutionRow = {
  id: string;
  cache_id: string;
  mode: CacheMode;
  status: RunStatus;
  is_scheduled: number;
  error_json: string | null;
  cached: number;
  inserted: number;
  updated: number;
  deleted: number;
  last_offset: string;
  last_tx: string;
  created_at: string;
  updated_at: string;
  finished_at: string | null;
  seq: number;
};

export type ActionRow = {
  ts: string;
  action: string;
  message: string;
  cache_type: string;
  is_scheduled: number;
};

export type RunError = { message: string; code: string };

const now = (): string => new Date().toISOString();
const RETENTION_MS = 14 * 86_400_000;
const MAX_RUNS_PER_CACHE = 1_000;
const MAX_LOGS_PER_CACHE = 500;

export function createExecutionLog(state: StateDb) {
  let seq = (state.prepare("SELECT COALESCE(MAX(seq), 0) AS s FROM executions").get() as { s: number }).s;
  const insert = state.prepare(
    `INSERT INTO executions (id, cache_id, mode, status, is_scheduled, created_at, updated_at, seq)
     VALUES (?, ?, ?, 'RUNNING', ?, ?, ?, ?)`,
  );
  const progress = state.prepare(
    `UPDATE executions SET cached = ?, inserted = ?, updated = ?, deleted = ?, last_offset = ?, last_tx = ?,
     updated_at = ? WHERE id = ?`,
  );
  const finish = state.prepare(
    "UPDATE executions SET status = ?, error_json = ?, updated_at = ?, finished_at = ? WHERE id = ?",
  );
  // Peaka keeps about 14 days of history; a cap per cache also bounds very short schedules.
  const prune = state.prepare(
    `DELETE FROM executions WHERE cache_id = @cache AND status <> 'RUNNING' AND (created_at < @cutoff OR seq <=
     (SELECT seq FROM executions WHERE cache_id = @cache ORDER BY seq DESC LIMIT 1 OFFSET ${MAX_RUNS_PER_CACHE}))`,
  );
  const pruneLogs = state.prepare(
    `DELETE FROM action_logs WHERE cache_id = @cache AND (ts < @cutoff OR id <=
     (SELECT id FROM action_logs WHERE cache_id = @cache ORDER BY id DESC LIMIT 1 OFFSET ${MAX_LOGS_PER_CACHE}))`,
  );
  const latestStmt = state.prepare(
    "SELECT * FROM executions WHERE cache_id = ? AND mode = ? ORDER BY seq DESC LIMIT 1",
  );
  const newestStmt = state.prepare("SELECT * FROM executions WHERE cache_id = ? ORDER BY seq DESC LIMIT 1");
  const actionsStmt = state.prepare(
    "SELECT ts, action, message, cache_type, is_scheduled FROM action_logs WHERE cache_id = ? ORDER BY id DESC LIMIT ?",
  );
  const log = state.prepare(
    "INSERT INTO action_logs (cache_id, ts, action, message, cache_type, is_scheduled) VALUES (?, ?, ?, ?, ?, ?)",
  );

  return {
    start(cacheId: string, mode: CacheMode, scheduled: boolean): string {
      const id = randomUUID();
      const at = now();
      insert.run(id, cacheId, mode, scheduled ? 1 : 0, at, at, ++seq);
      const cutoff = { cache: cacheId, cutoff: new Date(Date.now() - RETENTION_MS).toISOString() };
      prune.run(cutoff);
      pruneLogs.run(cutoff);
      return id;
    },
    progress(id: string, p: Progress): void {
      progress.run(p.cached, p.inserted, p.updated, p.deleted, p.lastOffset, p.lastTx, now(), id);
    },
    finish(id: string, status: RunStatus, error?: RunError): void {
      const at = now();
      finish.run(status, error ? JSON.stringify(error) : null, at, at, id);
    },
    log(cacheId: string, action: string, message: string, mode: CacheMode, scheduled: boolean): void {
      log.run(cacheId, now(), action, message, mode, scheduled ? 1 : 0);
    },
    // A run cannot survive the process; anything still RUNNING at start-up was cut off by a crash.
    recoverInterrupted(): number {
      const rows = state
        .prepare("SELECT id, cache_id, mode, is_scheduled FROM executions WHERE status = 'RUNNING'")
        .all() as {
        id: string;
        cache_id: string;
        mode: CacheMode;
        is_scheduled: number;
      }[];
      for (const row of rows) {
        this.finish(row.id, "FAILED", {
          message: "The sandbox stopped while this run was in progress; the previous cached data was kept.",
          code: "INTERRUPTED",
        });
        this.log(
          row.cache_id,
          "FAILED",
          "Run interrupted by a sandbox restart",
          row.mode,
          row.is_scheduled === 1,
        );
      }
      return rows.length;
    },
    latest(cacheId: string, mode: CacheMode): ExecutionRow | undefined {
      return latestStmt.get(cacheId, mode) as ExecutionRow | undefined;
    },
    newest(cacheId: string): ExecutionRow | undefined {
      return newestStmt.get(cacheId) as ExecutionRow | undefined;
    },
    history(cacheId: string, limit: number, offset: number): ExecutionRow[] {
      return state
        .prepare("SELECT * FROM executions WHERE cache_id = ? ORDER BY seq DESC LIMIT ? OFFSET ?")
        .all(cacheId, limit, offset) as ExecutionRow[];
    },
    actions(cacheId: string, limit: number): ActionRow[] {
      return actionsStmt.all(cacheId, limit) as ActionRow[];
    },
    forget(cacheId: string): void {
      state.prepare("DELETE FROM executions WHERE cache_id = ?").run(cacheId);
      state.prepare("DELETE FROM action_logs WHERE cache_id = ?").run(cacheId);
    },
  };
}

export type ExecutionLog = ReturnType<typeof createExecutionLog>;
