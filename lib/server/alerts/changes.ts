import "server-only";

import { randomUUID } from "node:crypto";

import { ruleCovers } from "@/lib/alerts/conditions";
import type { AlertEvent } from "@/lib/alerts/payload";

import { getConsoleDb } from "../db/database";

import { alertDb } from "./alert-db";
import { listChannels } from "./channels-store";
import { queueEvent } from "./deliveries";
import { cacheUrl } from "./evaluate";
import { listRules } from "./rules-store";

const CHANGES: Record<string, string> = {
  "cache.delete": "deleted",
  "cache.pause": "paused",
  "cache.update-schedules": "changed the schedules of",
};
const CURSOR = "audit_cursor";

function cacheIdOf(request: string): string | null {
  try {
    const value = JSON.parse(request) as { cacheId?: unknown };
    return typeof value.cacheId === "string" ? value.cacheId : null;
  } catch {
    return null;
  }
}

/**
 * Someone deleted or paused a cache or changed its schedules: read from the audit log since the last tick and told
 * to the channels that asked for changes (per channel) of the rules whose scope holds the cache. The first tick
 * starts at the end of the log, so old entries are never told.
 */
export async function tellChanges(now = new Date()): Promise<void> {
  const db = await alertDb();
  const audit = getConsoleDb().db;
  const cursor = await db
    .selectFrom("alert_meta")
    .select("value")
    .where("key", "=", CURSOR)
    .executeTakeFirst();
  if (!cursor) {
    const last = await audit
      .selectFrom("audit_log")
      .select((eb) => eb.fn.max("id").as("max"))
      .executeTakeFirst();
    await db
      .insertInto("alert_meta")
      .values({ key: CURSOR, value: String(last?.max ?? 0) })
      .onConflict((oc) => oc.column("key").doNothing())
      .execute();
    return;
  }
  const entries = await audit
    .selectFrom("audit_log")
    .selectAll()
    .where("id", ">", Number(cursor.value))
    .orderBy("id")
    .limit(200)
    .execute();
  if (entries.length === 0) return;
  const [rules, channels] = await Promise.all([listRules(), listChannels()]);
  const byId = new Map(channels.filter((c) => c.changes).map((c) => [c.id, c]));
  await db.transaction().execute(async (tx) => {
    for (const entry of entries) {
      const verb = CHANGES[entry.action];
      if (!verb || !entry.project_id || (entry.outcome !== "success" && entry.outcome !== "partial"))
        continue;
      const cacheId = cacheIdOf(entry.request);
      const where = { projectId: entry.project_id, cacheId: cacheId ?? "", catalogId: "" };
      const to = new Map(
        rules
          .filter((r) => ruleCovers(r, where) || (r.scope === "catalog" && r.projectId === entry.project_id))
          .flatMap((r) => r.channelIds.flatMap((id) => (byId.has(id) ? [[id, byId.get(id)!] as const] : []))),
      );
      if (to.size === 0) continue;
      const event: AlertEvent = {
        version: 1,
        eventId: randomUUID(),
        type: "cache.changed",
        occurredAt: entry.at,
        summary: `${entry.actor_email} ${verb} ${entry.target}.`,
        incident: null,
        cache: {
          projectId: entry.project_id,
          cacheId: cacheId ?? "",
          table: entry.target,
          url: cacheId && entry.action !== "cache.delete" ? cacheUrl(entry.project_id, cacheId) : null,
        },
      };
      await queueEvent(tx, event, [...to.values()], now);
    }
    await tx
      .updateTable("alert_meta")
      .set({ value: String(entries[entries.length - 1]!.id) })
      .where("key", "=", CURSOR)
      .execute();
  });
}
