import Database from "better-sqlite3";
import { keptStatements } from "@/lib/server/db/statement-cache";
import { ensurePrivateFile } from "@/lib/server/private-files";

export type StateDb = Database.Database;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS organizations (
  id TEXT PRIMARY KEY, name TEXT NOT NULL, owner TEXT NOT NULL, created_at TEXT NOT NULL, description TEXT);
CREATE TABLE IF NOT EXISTS workspaces (
  id TEXT PRIMARY KEY, organization_id TEXT NOT NULL, name TEXT NOT NULL, created_by TEXT NOT NULL,
  created_at TEXT NOT NULL, description TEXT, is_default INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS projects (
  id TEXT PRIMARY KEY, workspace_id TEXT NOT NULL, name TEXT NOT NULL, description TEXT,
  created_at TEXT NOT NULL, owner TEXT NOT NULL, position INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS api_keys (
  key TEXT PRIMARY KEY, kind TEXT NOT NULL CHECK (kind IN ('partner','project')), project_id TEXT);
CREATE TABLE IF NOT EXISTS catalogs (
  id TEXT NOT NULL, project_id TEXT NOT NULL, name TEXT NOT NULL, display_name TEXT NOT NULL,
  catalog_type TEXT NOT NULL, connection_id TEXT, kind TEXT NOT NULL, source_file TEXT, position INTEGER NOT NULL,
  PRIMARY KEY (project_id, id));
CREATE TABLE IF NOT EXISTS caches (
  id TEXT PRIMARY KEY, project_id TEXT NOT NULL, catalog_id TEXT NOT NULL, schema_name TEXT NOT NULL,
  table_name TEXT NOT NULL, inc_expr TEXT, inc_ms REAL, full_expr TEXT, full_ms REAL,
  next_inc_at INTEGER, next_full_at INTEGER, created_at TEXT NOT NULL,
  UNIQUE (project_id, catalog_id, schema_name, table_name));
CREATE TABLE IF NOT EXISTS executions (
  id TEXT PRIMARY KEY, cache_id TEXT NOT NULL, mode TEXT NOT NULL, status TEXT NOT NULL,
  is_scheduled INTEGER NOT NULL, error_json TEXT, cached INTEGER NOT NULL DEFAULT 0,
  inserted INTEGER NOT NULL DEFAULT 0, updated INTEGER NOT NULL DEFAULT 0, deleted INTEGER NOT NULL DEFAULT 0,
  last_offset TEXT NOT NULL DEFAULT '0', last_tx TEXT NOT NULL DEFAULT '0',
  created_at TEXT NOT NULL, updated_at TEXT NOT NULL, finished_at TEXT, seq INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS executions_by_cache ON executions (cache_id, seq);
CREATE TABLE IF NOT EXISTS action_logs (
  id INTEGER PRIMARY KEY AUTOINCREMENT, cache_id TEXT NOT NULL, ts TEXT NOT NULL, action TEXT NOT NULL,
  message TEXT NOT NULL, cache_type TEXT NOT NULL, is_scheduled INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS action_logs_by_cache ON action_logs (cache_id, id);
`;

export function openState(file: string): StateDb {
  ensurePrivateFile(file);
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  db.pragma("busy_timeout = 5000");
  db.exec(SCHEMA);
  // The handlers prepare their queries where they run them (the key lookup and project check on every request),
  // and none changes a state statement's mode, so each SQL text is compiled once.
  db.prepare = keptStatements(db.prepare.bind(db)) as StateDb["prepare"];
  return db;
}

export function getMeta(db: StateDb, key: string): string | undefined {
  const row = db.prepare("SELECT value FROM meta WHERE key = ?").get(key) as { value: string } | undefined;
  return row?.value;
}

export function setMeta(db: StateDb, key: string, value: string): void {
  db.prepare(
    "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
  ).run(key, value);
}
