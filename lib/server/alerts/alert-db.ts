import "server-only";

import { getConsoleDb } from "../db/database";

import { migrateConsoleTables } from "../db/migrate";
import type { AlertDb, AlertTables } from "./tables";

let ready: Promise<AlertDb> | undefined;

/** The alert tables (and the audit log they read), created on first use: the evaluator may start before anyone signs in. */
export function alertDb(): Promise<AlertDb> {
  if (ready) return ready;
  const created = (async () => {
    const consoleDb = getConsoleDb();
    try {
      await migrateConsoleTables(consoleDb);
    } catch {
      // Two instances creating the same PostgreSQL tables at once: one loses the race; the tables now exist.
      await migrateConsoleTables(consoleDb);
    }
    return consoleDb.db.withTables<AlertTables>() as unknown as AlertDb;
  })();
  ready = created;
  created.catch(() => (ready = undefined));
  return created;
}
