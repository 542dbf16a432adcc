import "server-only";

import type { AlertCondition, IncidentView } from "@/lib/alerts/types";

import { alertDb } from "./alert-db";

/** Open incidents first, then the most recently opened: the in-app notification list and the console API. */
export async function listIncidents({
  limit,
  projectId,
  status,
}: {
  limit: number;
  projectId?: string;
  status?: "open" | "resolved";
}): Promise<IncidentView[]> {
  const db = await alertDb();
  let query = db.selectFrom("alert_incident").selectAll();
  if (projectId !== undefined) query = query.where("project_id", "=", projectId);
  if (status !== undefined) query = query.where("status", status === "open" ? "=" : "!=", "open");
  const rows = await query
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
