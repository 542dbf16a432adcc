import type { SqliteDatabase, SqliteStatement } from "kysely";

const MAX_STATEMENTS = 256;

/**
 * `prepare` with its statements kept, one per SQL text: compiling the same few statements anew (the session lookup
 * on every console request, the key lookup on every sandbox request) was a large share of a request's database
 * time. A statement still being iterated is busy, so that call gets a fresh one. Callers must not change a kept
 * statement's mode (pluck, raw), or the next caller of the same SQL would get it that way.
 */
export function keptStatements<S extends { readonly busy?: boolean }>(
  prepare: (sql: string) => S,
): (sql: string) => S {
  const statements = new Map<string, S>();
  return (sql) => {
    const cached = statements.get(sql);
    if (cached && !cached.busy) return cached;
    const statement = prepare(sql);
    if (cached) return statement;
    // Values are parameters, not part of the SQL text, so the set stays small; bounded anyway.
    if (statements.size >= MAX_STATEMENTS) statements.delete(statements.keys().next().value as string);
    statements.set(sql, statement);
    return statement;
  };
}

type Statement = SqliteStatement & { readonly busy?: boolean };
type Database = { close(): void; prepare(sql: string): Statement };

/** better-sqlite3 behind Kysely with its prepared statements kept: Kysely prepares every query anew. */
export function withStatementCache(database: Database): SqliteDatabase {
  return { close: () => database.close(), prepare: keptStatements((sql) => database.prepare(sql)) };
}
