import type { SqliteDatabase, SqliteStatement } from "kysely";

const MAX_STATEMENTS = 256;

type Statement = SqliteStatement & { readonly busy?: boolean };
type Database = { close(): void; prepare(sql: string): Statement };

/**
 * better-sqlite3 behind Kysely with its prepared statements kept: Kysely prepares every query anew, and compiling
 * the same few statements (the session lookup on every request, the audit insert on every change) was a large share
 * of a request's database time. A statement still being iterated is busy, so that query gets a fresh one.
 */
export function withStatementCache(database: Database): SqliteDatabase {
  const statements = new Map<string, Statement>();
  return {
    close: () => {
      statements.clear();
      database.close();
    },
    prepare(sql) {
      const cached = statements.get(sql);
      if (cached && !cached.busy) return cached;
      const statement = database.prepare(sql);
      if (cached) return statement;
      // Kysely inlines nothing into the SQL text (values are parameters), so the set stays small; bounded anyway.
      if (statements.size >= MAX_STATEMENTS) statements.delete(statements.keys().next().value as string);
      statements.set(sql, statement);
      return statement;
    },
  };
}
