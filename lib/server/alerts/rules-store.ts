import "server-only";

import { randomUUID } from "node:crypto";

import type { RuleScope, RuleView } from "@/lib/alerts/types";
import type { SaveRuleInput } from "@/lib/schemas/alerts";

import { alertDb } from "./alert-db";
import type { AlertRuleTable } from "./tables";

const list = (json: string): string[] => {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
  } catch {
    return [];
  }
};

function toRule(row: AlertRuleTable): RuleView {
  return {
    id: row.id,
    name: row.name,
    source: row.source === "env" ? "env" : "ui",
    scope: row.scope as RuleScope,
    projectId: row.project_id,
    catalogId: row.catalog_id,
    cacheIds: list(row.cache_ids),
    failures: row.failures,
    freshness: row.freshness === "warn" || row.freshness === "error" ? row.freshness : null,
    slowFactor: row.slow_factor,
    reminder: row.reminder,
    channelIds: list(row.channel_ids),
  };
}

export async function listRules(): Promise<RuleView[]> {
  const db = await alertDb();
  const rows = await db.selectFrom("alert_rule").selectAll().orderBy("created_at").orderBy("id").execute();
  return rows.map(toRule);
}

type RuleValues = Omit<AlertRuleTable, "id" | "source" | "created_at" | "created_by">;

function valuesOf(input: SaveRuleInput): RuleValues {
  return {
    name: input.name,
    scope: input.scope,
    project_id: input.projectId,
    catalog_id: input.scope === "catalog" ? input.catalogId : null,
    cache_ids: JSON.stringify(input.scope === "caches" ? input.cacheIds : []),
    failures: input.failures,
    freshness: input.freshness,
    slow_factor: input.slowFactor,
    reminder: input.reminder,
    channel_ids: JSON.stringify(input.channelIds),
  };
}

/** Creates or replaces a rule made in the UI; returns its id, or null when the id names no such rule. */
export async function saveRule(input: SaveRuleInput, by: string): Promise<string | null> {
  const db = await alertDb();
  const values = valuesOf(input);
  if (input.id) {
    const result = await db
      .updateTable("alert_rule")
      .set(values)
      .where("id", "=", input.id)
      .where("source", "=", "ui")
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0 ? input.id : null;
  }
  const id = randomUUID();
  await db
    .insertInto("alert_rule")
    .values({ id, source: "ui", created_at: new Date().toISOString(), created_by: by, ...values })
    .execute();
  return id;
}

/** Removes a rule; its open incidents close with it (nothing watches them any more), without a notification. */
export async function deleteRule(id: string): Promise<boolean> {
  const db = await alertDb();
  return db.transaction().execute(async (tx) => {
    const result = await tx
      .deleteFrom("alert_rule")
      .where("id", "=", id)
      .where("source", "=", "ui")
      .executeTakeFirst();
    if (Number(result.numDeletedRows) === 0) return false;
    await tx
      .updateTable("alert_incident")
      .set({ status: "resolved", open_key: null, resolved_at: new Date().toISOString() })
      .where("rule_id", "=", id)
      .where("status", "=", "open")
      .execute();
    return true;
  });
}

/** The rule of the channels declared by settings: failures and error-level staleness in every project. */
export async function putEnvRule(channelIds: string[]): Promise<void> {
  const db = await alertDb();
  if (channelIds.length === 0) {
    await db.deleteFrom("alert_rule").where("id", "=", ENV_RULE_ID).execute();
    return;
  }
  const values = {
    name: "From settings: failures and stale data, every project",
    scope: "all",
    project_id: null,
    catalog_id: null,
    cache_ids: "[]",
    failures: 1,
    freshness: "error",
    slow_factor: null,
    reminder: null,
    channel_ids: JSON.stringify(channelIds),
  };
  await db
    .insertInto("alert_rule")
    .values({
      id: ENV_RULE_ID,
      source: "env",
      created_at: new Date().toISOString(),
      created_by: "settings",
      ...values,
    })
    .onConflict((oc) => oc.column("id").doUpdateSet(values))
    .execute();
}

export const ENV_RULE_ID = "env";
