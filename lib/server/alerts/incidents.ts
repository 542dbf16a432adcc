import "server-only";

import type { AlertCondition, IncidentView } from "@/lib/alerts/types";

import { alertDb } from "./alert-db";

/** Open incidents first, then the most recently opened: the in-app notification list. */
export async function listIncidents({ limit }: { limit: number }): Promise<IncidentView[]> {
  const db = await alertDb();
  const rows = await db
    .selectFrom("alert_incident")
    .selectAll()
    .orderBy((eb) => eb.case().when("status", "=", "open").then(0).else(1).end())
    .orderBy("opened_at", "desc")
    .orderBy("id")
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    ruleId: r.rule_id,
    ruleName: r.rule_name,
    projectId: r.project_id,
    cacheId: r.cache_id,
    cacheLabel: r.cache_label,
    condition: r.condition as AlertCondition,
    status: r.status === "open" ? "open" : "resolved",
    summary: r.summary,
    openedAt: r.opened_at,
    resolvedAt: r.resolved_at,
  }));
}

export async function countOpenIncidents(): Promise<number> {
  const db = await alertDb();
  const row = await db
    .selectFrom("alert_incident")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("status", "=", "open")
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}
