import type Database from "better-sqlite3";

import { type Rng } from "../prng";
import { createSourceTable, insertRows, type Row, type TableDef } from "./source-db";
import { isoBetween } from "./words";

export const CAMPAIGN_ROWS = 2_000;

const CAMPAIGNS: TableDef = {
  schema: "public",
  table: "campaigns",
  modes: ["FULL_REFRESH", "INCREMENTAL"],
  columns: [
    { name: "id", type: "bigint", notNull: true, unique: true },
    { name: "name", type: "varchar", notNull: true },
    { name: "channel", type: "varchar" },
    { name: "budget", type: "decimal(12,2)" },
    { name: "started_at", type: "timestamp" },
  ],
};

function* campaigns(rng: Rng, count: number): Generator<Row> {
  for (let id = 1; id <= count; id++) {
    yield {
      id,
      name: `${rng.pick(["Spring", "Summer", "Autumn", "Winter"])} ${rng.pick(["launch", "promo", "webinar"])} ${id}`,
      channel: rng.pick(["email", "search", "social", "events"]),
      budget: rng.int(100, 50_000),
      started_at: isoBetween(rng, 0, 690),
    };
  }
}

export function seedMarketing(db: Database.Database, rng: Rng): void {
  const physical = createSourceTable(db, CAMPAIGNS, 0);
  insertRows(db, physical, CAMPAIGNS.columns, campaigns(rng, CAMPAIGN_ROWS));
}
