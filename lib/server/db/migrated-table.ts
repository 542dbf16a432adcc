import "server-only";

import type { Kysely } from "kysely";

import { type ConsoleDb, getConsoleDb } from "./database";

/**
 * The console DB typed for a store's own tables, with the store's migration run once first: a route handler's or
 * the evaluator's bundle may read before anything in this process ran the migrations. A failed migration is tried
 * again on the next call instead of being kept.
 */
export function migratedTable<Tables>(
  migrate: (db: ConsoleDb) => Promise<void>,
): () => Promise<Kysely<Tables>> {
  let ready: Promise<Kysely<Tables>> | undefined;
  return () => {
    if (ready) return ready;
    const created = (async () => {
      const consoleDb = getConsoleDb();
      await migrate(consoleDb);
      return consoleDb.db as unknown as Kysely<Tables>;
    })();
    ready = created;
    created.catch(() => (ready = undefined));
    return created;
  };
}
