import "server-only";

import { ActionError } from "@/lib/action-error";
import { hasRole } from "@/lib/auth/roles";
import { type ConfigProblem, parseConfigDocument } from "@/lib/config/parse-document";
import { type Plan, type PlanAction, type PlanItem, planConfig } from "@/lib/config/plan";
import { cacheModeOf } from "@/lib/schedule";
import { CACHE_ACTIONS, OPERATION_ROLE } from "@/lib/schemas/cache-operations";
import { type ConfigRequest, configKey } from "@/lib/schemas/config-document";
import type { WizardItem } from "@/lib/schemas/wizard";

import { recordAudit } from "../audit";
import { actionCtx } from "../audited";
import type { ConsoleUser } from "../auth/session";
import { operateOnCache, updateSchedules } from "../caches/operations";
import { storeTargetWith } from "../freshness/store-target";
import { toUserMessage } from "../peaka";
import { serverPolicyErrors } from "../schedule-policy";
import { createCachesAudited } from "../wizard/create-audited";

import { liveConfig, type Resolved, resolveTables } from "./live-config";

export type PlanOutcome = { ok: true; plan: Plan } | { ok: false; problems: ConfigProblem[] };
export type ApplyItemResult = { key: string; action: PlanAction; ok: boolean; message: string };
export type ApplyOutcome =
  { ok: true; plan: Plan; results: ApplyItemResult[] } | { ok: false; problems: ConfigProblem[] };

async function planWithTables(input: ConfigRequest) {
  const parsed = parseConfigDocument(input.document, { file: input.fileName, policy: serverPolicyErrors });
  if (!parsed.ok) return parsed;
  const live = await liveConfig(input.projectId);
  const liveKeys = new Set(live.map(configKey));
  const absent = parsed.document.caches.filter((c) => !liveKeys.has(configKey(c)));
  const { resolved, missing } = await resolveTables(input.projectId, absent);
  const plan = planConfig({ document: parsed.document, live, missing, prune: input.prune });
  return { ok: true as const, plan, resolved };
}

/** The plan of a config file against the live project; it changes nothing. */
export async function planConfigFile(input: ConfigRequest): Promise<PlanOutcome> {
  const planned = await planWithTables(input);
  return planned.ok ? { ok: true, plan: planned.plan } : planned;
}

const messageOf = (error: unknown) => (error instanceof ActionError ? error.message : toUserMessage(error));

/**
 * Carries out the plan of a config file, item by item, through the same server functions as the actions (each
 * step audited under its action's own name), then records the whole import as `config.apply`. The plan is made
 * again here from the live project, so applying the same file twice changes nothing the second time.
 */
export async function applyConfigFile(user: ConsoleUser, input: ConfigRequest): Promise<ApplyOutcome> {
  const planned = await planWithTables(input);
  if (!planned.ok) return planned;
  const { plan, resolved } = planned;
  const { projectId } = input;
  const results = new Map<string, ApplyItemResult>();
  const done = (item: PlanItem, ok: boolean, message: string) =>
    results.set(item.key, { key: item.key, action: item.action, ok, message });

  const creates = plan.items.filter((i) => i.action === "create");
  await createAll(user, projectId, creates, resolved, done);
  for (const item of plan.items) {
    if (item.action === "unchanged") done(item, true, "Unchanged.");
    else if (item.action === "missing")
      done(item, false, `Not created: ${item.reason ?? "the table is missing"}.`);
    else if (item.action === "update")
      await updateOne(user, projectId, item).then(
        (message) => done(item, true, message),
        (error: unknown) => done(item, false, messageOf(error)),
      );
    else if (item.action === "delete") {
      if (!hasRole(user.role, OPERATION_ROLE.delete)) {
        done(item, false, `Not deleted: deleting needs the ${OPERATION_ROLE.delete} role.`);
        continue;
      }
      await operateOnCache({ user }, "delete", projectId, item.cacheId ?? "").then(
        ({ message }) => done(item, true, message),
        (error: unknown) => done(item, false, messageOf(error)),
      );
    }
  }
  const ordered = plan.items.flatMap((item) => results.get(item.key) ?? []);
  const failed = ordered.filter((r) => !r.ok).length;
  await recordAudit({
    actor: user,
    action: CACHE_ACTIONS.applyConfig.audit,
    projectId,
    target: `project ${projectId} from ${input.fileName}`,
    request: { fileName: input.fileName, prune: input.prune, counts: plan.counts },
    outcome: failed === 0 ? "success" : failed === ordered.length ? "failure" : "partial",
    detail: ordered.map((r) => `${r.key}: ${r.action} ${r.ok ? "ok" : "failed"}: ${r.message}`).join("\n"),
  });
  return { ok: true, plan, results: ordered };
}

type Done = (item: PlanItem, ok: boolean, message: string) => void;

async function createAll(
  user: ConsoleUser,
  projectId: string,
  creates: PlanItem[],
  resolved: Map<string, Resolved>,
  done: Done,
): Promise<void> {
  const items: { plan: PlanItem; wizard: WizardItem }[] = creates.flatMap((plan) => {
    const table = resolved.get(plan.key);
    const desired = plan.desired;
    if (!table || !desired) return [];
    return [{ plan, wizard: { table, mode: cacheModeOf(desired.schedules), schedules: desired.schedules } }];
  });
  if (items.length === 0) return;
  let outcomes;
  try {
    outcomes = await createCachesAudited(
      actionCtx(user, CACHE_ACTIONS.createCaches.audit),
      projectId,
      items.map((i) => i.wizard),
    );
  } catch (error) {
    for (const { plan } of items) done(plan, false, messageOf(error));
    return;
  }
  for (const [index, { plan }] of items.entries()) {
    const outcome = outcomes[index];
    if (!outcome || outcome.status === "failed" || !outcome.cacheId) {
      done(plan, false, outcome?.message ?? "Peaka did not create this cache.");
      continue;
    }
    try {
      const steps = [outcome.status === "created" ? "Created." : (outcome.message ?? "Exists already.")];
      const desired = plan.desired;
      if (desired?.freshnessTarget) {
        await storeTargetWith(user, projectId, [outcome.cacheId], desired.freshnessTarget);
        steps.push("Freshness target set.");
      }
      if (desired?.paused)
        steps.push((await operateOnCache({ user }, "pause", projectId, outcome.cacheId)).message);
      done(plan, true, steps.join(" "));
    } catch (error) {
      done(plan, false, `Created, but: ${messageOf(error)}`);
    }
  }
}

/** The changed fields only, in an order that keeps pause memory right (pause last, so it remembers the new schedules). */
async function updateOne(user: ConsoleUser, projectId: string, item: PlanItem): Promise<string> {
  const { desired, cacheId } = item;
  if (!desired || !cacheId) throw new ActionError("Nothing to update.");
  const fields = new Set(item.changes.map((c) => c.field));
  const schedulesChange = fields.has("schedules.incremental") || fields.has("schedules.fullRefresh");
  const pausedChange = fields.has("paused");
  const wantPaused = desired.paused ?? false;
  const steps: string[] = [];
  if (schedulesChange) {
    // Saving schedules ends a pause (the console's one rule for explicit schedules); pause again below if asked.
    const ctx = actionCtx(user, CACHE_ACTIONS.updateSchedules.audit);
    steps.push((await updateSchedules(ctx, projectId, cacheId, desired.schedules)).message);
  } else if (pausedChange && !wantPaused) {
    steps.push((await operateOnCache({ user }, "resume", projectId, cacheId)).message);
  }
  if (wantPaused && (schedulesChange || pausedChange))
    steps.push((await operateOnCache({ user }, "pause", projectId, cacheId)).message);
  if (fields.has("freshnessTarget")) {
    await storeTargetWith(user, projectId, [cacheId], desired.freshnessTarget ?? null);
    steps.push(desired.freshnessTarget ? "Freshness target set." : "Freshness target back to the default.");
  }
  return `Updated ${[...fields].join(", ")}. ${steps.join(" ")}`;
}
