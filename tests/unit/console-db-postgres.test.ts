import { afterAll, beforeAll, it } from "vitest";

import { startPostgres } from "../support/postgres";

import { runConsoleDbScenario } from "./support/console-db-scenario";

let pg: Awaited<ReturnType<typeof startPostgres>>;
beforeAll(async () => {
  pg = await startPostgres();
});
afterAll(async () => {
  await pg.stop();
});

it("migrates, seeds, signs in and keeps an audit log in PostgreSQL via DATABASE_URL", async () => {
  await runConsoleDbScenario({ DATABASE_URL: pg.url });
});
