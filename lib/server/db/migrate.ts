import "server-only";

import { migrateAlerts } from "../alerts/migrate";
import { migrateRecentCreates } from "../caches/recent-creates";
import { migrateFreshnessTargets } from "../freshness/targets-store";
import { migrateScheduleMoves } from "../schedule-map/moves-store";
import { migrateApiTokens } from "../tokens/token-store";

import type { ConsoleDb } from "./database";

export async function migrateConsoleTables({ db, kind }: ConsoleDb): Promise<void> {
  await db.schema
    .createTable("audit_log")
    .ifNotExists()
    .addColumn("id", kind === "postgres" ? "serial" : "integer", (c) =>
      kind === "postgres" ? c.primaryKey() : c.primaryKey().autoIncrement(),
    )
    .addColumn("at", "text", (c) => c.notNull())
    .addColumn("actor_id", "text", (c) => c.notNull())
    .addColumn("actor_email", "text", (c) => c.notNull())
    .addColumn("actor_role", "text", (c) => c.notNull())
    .addColumn("action", "text", (c) => c.notNull())
    .addColumn("project_id", "text")
    .addColumn("target", "text", (c) => c.notNull())
    .addColumn("request", "text", (c) => c.notNull())
    .addColumn("outcome", "text", (c) => c.notNull())
    .addColumn("detail", "text")
    .execute();
  await db.schema.createIndex("audit_log_at").ifNotExists().on("audit_log").column("at").execute();
  await db.schema.createIndex("audit_log_action").ifNotExists().on("audit_log").column("action").execute();
  await migrateFreshnessTargets({ db, kind });
  await migrateAlerts({ db, kind });
  await migrateScheduleMoves({ db, kind });
  await migrateApiTokens({ db, kind });
  await migrateRecentCreates({ db, kind });
}
