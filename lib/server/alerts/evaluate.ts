import "server-only";

import { randomUUID } from "node:crypto";

import {
  findings,
  incidentChanges,
  ruleCovers,
  type CacheObservation,
  type IncidentChange,
} from "@/lib/alerts/conditions";
import { resolutionSummary, type AlertEvent, type AlertEventType } from "@/lib/alerts/payload";
import type { AlertCondition, RuleView } from "@/lib/alerts/types";
import { durationMs } from "@/lib/freshness/target";

import { listCacheSummaries } from "../cache-overview";
import { env } from "../env";
import { logger } from "../logger";
import { getProjectAccess } from "../projects";

import { alertDb } from "./alert-db";
import { listChannels, type Channel } from "./channels-store";
import { queueEvent } from "./deliveries";
import { observeProject } from "./observe";
import { listRules } from "./rules-store";
import type { AlertIncidentTable } from "./tables";

export function cacheUrl(projectId: string, cacheId: string): string | null {
  const base = env.BETTER_AUTH_URL?.replace(/\/+$/, "");
  return base
    ? `${base}/projects/${encodeURIComponent(projectId)}/caches/${encodeURIComponent(cacheId)}`
    : null;
}

export function incidentEvent(
  type: AlertEventType,
  incident: AlertIncidentTable,
  summary: string,
  now: Date,
): AlertEvent {
  return {
    version: 1,
    eventId: randomUUID(),
    type,
    occurredAt: now.toISOString(),
    summary,
    incident: {
      id: incident.id,
      condition: incident.condition as AlertCondition,
      status: incident.status === "resolved" ? "resolved" : "open",
      openedAt: incident.opened_at,
      resolvedAt: incident.resolved_at,
      rule: { id: incident.rule_id, name: incident.rule_name },
    },
    cache: {
      projectId: incident.project_id,
      cacheId: incident.cache_id,
      table: incident.cache_label,
      url: cacheUrl(incident.project_id, incident.cache_id),
    },
  };
}

async function applyChanges(
  rule: RuleView,
  channels: Channel[],
  projectId: string,
  labels: Map<string, string>,
  changes: IncidentChange[],
  now: Date,
): Promise<void> {
  if (changes.length === 0) return;
  const db = await alertDb();
  const at = now.toISOString();
  await db.transaction().execute(async (tx) => {
    for (const change of changes) {
      if (change.kind === "open") {
        const [, cacheId = ""] = change.key.split("|");
        const incident: AlertIncidentTable = {
          id: randomUUID(),
          rule_id: rule.id,
          rule_name: rule.name,
          project_id: projectId,
          cache_id: cacheId,
          cache_label: labels.get(cacheId) ?? cacheId,
          condition: change.condition,
          open_key: change.key,
          status: "open",
          summary: change.summary,
          opened_at: at,
          resolved_at: null,
          last_told_at: at,
        };
        await tx.insertInto("alert_incident").values(incident).execute();
        await queueEvent(tx, incidentEvent("incident.opened", incident, change.summary, now), channels, now);
        continue;
      }
      const before = await tx
        .selectFrom("alert_incident")
        .selectAll()
        .where("id", "=", change.incidentId)
        .executeTakeFirst();
      if (!before || before.status !== "open") continue;
      if (change.kind === "resolve") {
        const incident = { ...before, status: "resolved", open_key: null, resolved_at: at, last_told_at: at };
        await tx
          .updateTable("alert_incident")
          .set({ status: "resolved", open_key: null, resolved_at: at, last_told_at: at })
          .where("id", "=", before.id)
          .execute();
        const summary = resolutionSummary(
          before.condition as AlertCondition,
          before.cache_label,
          change.gone,
        );
        await queueEvent(tx, incidentEvent("incident.resolved", incident, summary, now), channels, now);
      } else {
        await tx
          .updateTable("alert_incident")
          .set({ last_told_at: at, summary: change.summary })
          .where("id", "=", before.id)
          .execute();
        await queueEvent(tx, incidentEvent("incident.reminder", before, change.summary, now), channels, now);
      }
    }
  });
}

/** One evaluation: read each watched project once, open, resolve and remind, and queue what must be told. */
export async function evaluateOnce(now = new Date()): Promise<void> {
  const [rules, channelList] = await Promise.all([listRules(), listChannels()]);
  const channels = new Map(channelList.map((c) => [c.id, c]));
  const live = rules
    .map((rule) => ({ rule, to: rule.channelIds.flatMap((id) => channels.get(id) ?? []) }))
    .filter((r) => r.to.length > 0);
  if (live.length === 0) return;
  const projects = new Set(live.flatMap(({ rule }) => (rule.projectId ? [rule.projectId] : [])));
  if (live.some(({ rule }) => rule.scope === "all"))
    for (const p of (await getProjectAccess()).projects) projects.add(p.id);
  const db = await alertDb();
  for (const projectId of projects) {
    let observations: CacheObservation[];
    try {
      const caches = await listCacheSummaries(projectId);
      const slowRules = live.filter(({ rule }) => rule.slowFactor !== null).map(({ rule }) => rule);
      observations = await observeProject(
        projectId,
        caches,
        (c) => slowRules.some((r) => ruleCovers(r, c)),
        now,
      );
    } catch (error) {
      // Nothing is resolved on a failed read: an unreadable project keeps its incidents as they are.
      logger.warn(
        { err: error, projectId },
        "alerts: could not read the project's caches; trying again next tick",
      );
      continue;
    }
    const labels = new Map(observations.map((o) => [o.cacheId, o.label]));
    for (const { rule, to } of live) {
      if (rule.scope !== "all" && rule.projectId !== projectId) continue;
      const seen = observations
        .filter((o) => ruleCovers(rule, o))
        .map((o) => ({ cacheId: o.cacheId, label: o.label, findings: findings(rule, o) }));
      const open = await db
        .selectFrom("alert_incident")
        .select(["id", "open_key", "last_told_at"])
        .where("rule_id", "=", rule.id)
        .where("project_id", "=", projectId)
        .where("status", "=", "open")
        .execute();
      const changes = incidentChanges(
        rule,
        rule.reminder ? durationMs(rule.reminder) : null,
        seen,
        open.map((o) => ({ id: o.id, key: o.open_key ?? "", lastToldAt: Date.parse(o.last_told_at) })),
        now.getTime(),
      );
      await applyChanges(rule, to, projectId, labels, changes, now);
    }
  }
}
