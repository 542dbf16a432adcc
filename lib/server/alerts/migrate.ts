import "server-only";

import type { ConsoleDb } from "../db/database";

/** Creates the alert tables; part of the console's migrations (lib/server/db/migrate.ts). */
export async function migrateAlerts({ db, kind }: ConsoleDb): Promise<void> {
  const text = "text" as const;
  await db.schema
    .createTable("alert_channel")
    .ifNotExists()
    .addColumn("id", text, (c) => c.primaryKey())
    .addColumn("name", text, (c) => c.notNull())
    .addColumn("kind", text, (c) => c.notNull())
    .addColumn("source", text, (c) => c.notNull())
    .addColumn("url", text, (c) => c.notNull())
    .addColumn("secret", text)
    .addColumn("slack", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("email_to", text)
    .addColumn("quiet_start", text)
    .addColumn("quiet_end", text)
    .addColumn("changes", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("created_at", text, (c) => c.notNull())
    .addColumn("created_by", text, (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("alert_rule")
    .ifNotExists()
    .addColumn("id", text, (c) => c.primaryKey())
    .addColumn("name", text, (c) => c.notNull())
    .addColumn("source", text, (c) => c.notNull())
    .addColumn("scope", text, (c) => c.notNull())
    .addColumn("project_id", text)
    .addColumn("catalog_id", text)
    .addColumn("cache_ids", text, (c) => c.notNull())
    .addColumn("failures", "integer")
    .addColumn("freshness", text)
    .addColumn("slow_factor", "real")
    .addColumn("reminder", text)
    .addColumn("channel_ids", text, (c) => c.notNull())
    .addColumn("created_at", text, (c) => c.notNull())
    .addColumn("created_by", text, (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("alert_incident")
    .ifNotExists()
    .addColumn("id", text, (c) => c.primaryKey())
    .addColumn("rule_id", text, (c) => c.notNull())
    .addColumn("rule_name", text, (c) => c.notNull())
    .addColumn("project_id", text, (c) => c.notNull())
    .addColumn("cache_id", text, (c) => c.notNull())
    .addColumn("cache_label", text, (c) => c.notNull())
    .addColumn("condition", text, (c) => c.notNull())
    .addColumn("open_key", text, (c) => c.unique())
    .addColumn("status", text, (c) => c.notNull())
    .addColumn("summary", text, (c) => c.notNull())
    .addColumn("opened_at", text, (c) => c.notNull())
    .addColumn("resolved_at", text)
    .addColumn("last_told_at", text, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("alert_incident_opened")
    .ifNotExists()
    .on("alert_incident")
    .column("opened_at")
    .execute();
  await db.schema
    .createTable("alert_cache_state")
    .ifNotExists()
    .addColumn("project_id", text, (c) => c.notNull())
    .addColumn("cache_id", text, (c) => c.notNull())
    .addColumn("newest_run", text, (c) => c.notNull())
    .addColumn("fail_streak", "integer", (c) => c.notNull())
    .addColumn("updated_at", text, (c) => c.notNull())
    .addPrimaryKeyConstraint("alert_cache_state_pk", ["project_id", "cache_id"])
    .execute();
  await db.schema
    .createTable("alert_delivery")
    .ifNotExists()
    .addColumn("id", text, (c) => c.primaryKey())
    .addColumn("event_id", text, (c) => c.notNull())
    .addColumn("incident_id", text)
    .addColumn("channel_id", text, (c) => c.notNull())
    .addColumn("type", text, (c) => c.notNull())
    .addColumn("event", text, (c) => c.notNull())
    .addColumn("status", text, (c) => c.notNull())
    .addColumn("attempts", "integer", (c) => c.notNull())
    .addColumn("next_attempt_at", text, (c) => c.notNull())
    .addColumn("created_at", text, (c) => c.notNull())
    .addColumn("delivered_at", text)
    .addUniqueConstraint("alert_delivery_event_channel", ["event_id", "channel_id"])
    .execute();
  await db.schema
    .createIndex("alert_delivery_due")
    .ifNotExists()
    .on("alert_delivery")
    .columns(["status", "next_attempt_at"])
    .execute();
  await db.schema
    .createTable("alert_attempt")
    .ifNotExists()
    .addColumn("id", kind === "postgres" ? "serial" : "integer", (c) =>
      kind === "postgres" ? c.primaryKey() : c.primaryKey().autoIncrement(),
    )
    .addColumn("delivery_id", text, (c) => c.notNull())
    .addColumn("channel_id", text, (c) => c.notNull())
    .addColumn("at", text, (c) => c.notNull())
    .addColumn("ok", "integer", (c) => c.notNull())
    .addColumn("answer", text, (c) => c.notNull())
    .addColumn("ms", "integer", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("alert_attempt_channel")
    .ifNotExists()
    .on("alert_attempt")
    .columns(["channel_id", "at"])
    .execute();
  await db.schema
    .createTable("alert_meta")
    .ifNotExists()
    .addColumn("key", text, (c) => c.primaryKey())
    .addColumn("value", text, (c) => c.notNull())
    .execute();
}
