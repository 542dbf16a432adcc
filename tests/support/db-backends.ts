// The two databases the console supports, for suites that run against both: a fresh SQLite file and a real
// throwaway PostgreSQL. `env` is what the console reads to pick it.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { startPostgres } from "./postgres";

export type DbBackend = {
  name: "SQLite" | "PostgreSQL";
  start: () => Promise<{ env: Record<string, string>; stop: () => Promise<void> }>;
};

export const DB_BACKENDS: DbBackend[] = [
  {
    name: "SQLite",
    start: () =>
      Promise.resolve({
        env: { CONSOLE_DATA_DIR: mkdtempSync(join(tmpdir(), "console-db-sqlite-")) },
        stop: () => Promise.resolve(),
      }),
  },
  {
    name: "PostgreSQL",
    async start() {
      const pg = await startPostgres();
      return { env: { DATABASE_URL: pg.url }, stop: pg.stop };
    },
  },
];
