import pg from "pg";
import { afterAll, beforeAll, expect, it } from "vitest";

import { startPostgres } from "../support/postgres";

let server: Awaited<ReturnType<typeof startPostgres>>;
beforeAll(async () => {
  server = await startPostgres();
});
afterAll(async () => {
  await server?.stop();
});

it("starts a real PostgreSQL server that answers queries", async () => {
  const client = new pg.Client({ connectionString: server.url });
  await client.connect();
  const { rows } = await client.query<{ answer: number }>("select 6 * 7 as answer");
  await client.end();
  expect(rows[0]?.answer).toBe(42);
});
