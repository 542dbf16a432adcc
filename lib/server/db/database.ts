import "server-only";

import { join, resolve } from "node:path";

import Database from "better-sqlite3";
import { Kysely, PostgresDialect, SqliteDialect } from "kysely";
import { Pool } from "pg";

import { env } from "../env";
import { logger } from "../logger";

import type { ConsoleTables } from "./tables";
import { ensurePrivateFile } from "../private-files";
import { withStatementCache } from "./statement-cache";

export type DbKind = "sqlite" | "postgres";
export type ConsoleDb = { kind: DbKind; db: Kysely<ConsoleTables> };

let instance: ConsoleDb | undefined;

export function consoleDataDir(): string {
  if (env.CONSOLE_DATA_DIR) return resolve(/* turbopackIgnore: true */ env.CONSOLE_DATA_DIR);
  return join(process.cwd(), ".data", "console");
}

/** One database for users, sessions and the audit log: SQLite by default, PostgreSQL via DATABASE_URL. */
export function getConsoleDb(): ConsoleDb {
  if (instance) return instance;
  const url = env.DATABASE_URL;
  if (url && /^postgres(ql)?:\/\//.test(url)) {
    const pool = new Pool({ connectionString: url });
    // Without a listener an idle connection dropped by the server would crash the process.
    pool.on("error", (error) => logger.warn({ err: error }, "console database connection dropped"));
    instance = { kind: "postgres", db: new Kysely({ dialect: new PostgresDialect({ pool }) }) };
    return instance;
  }
  const file = url?.startsWith("file:")
    ? url.slice("file:".length)
    : join(consoleDataDir(), "console.sqlite");
  ensurePrivateFile(file);
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("busy_timeout = 5000");
  instance = {
    kind: "sqlite",
    db: new Kysely({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) }),
  };
  return instance;
}

export async function closeConsoleDb(): Promise<void> {
  const current = instance;
  instance = undefined;
  await current?.db.destroy();
}
