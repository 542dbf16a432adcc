// The diff between a config file and a live project, with no I/O: what apply would create, update (and which
// fields), leave alone, or delete (only with prune), and which tables the target project cannot cache at all.
import { parseIsoDuration } from "@/lib/schedule";
import type { FreshnessTargetInput } from "@/lib/schemas/freshness";
import { type ConfigCache, type ConfigDocument, configKey } from "@/lib/schemas/config-document";
import type { Schedules } from "@/lib/types/schedules";

import { compareCaches } from "./export-document";

/** A live cache as the file describes one: schedules are the ones to keep (for a paused cache, the remembered ones). */
export type LiveCache = ConfigCache & { cacheId: string };

export const PLAN_ACTIONS = ["create", "update", "unchanged", "delete", "missing"] as const;
export type PlanAction = (typeof PLAN_ACTIONS)[number];

export type PlanField = "schedules.incremental" | "schedules.fullRefresh" | "freshnessTarget" | "paused";
export type FieldChange = { field: PlanField; from: string; to: string };

export type PlanItem = {
  key: string;
  action: PlanAction;
  cacheId: string | null;
  changes: FieldChange[];
  /** Why a table is missing, in words. */
  reason: string | null;
  /** What the file asks for (absent for a deletion). */
  desired: ConfigCache | null;
};

export type Plan = { items: PlanItem[]; counts: Record<PlanAction, number>; prune: boolean };

type PlanInput = {
  document: ConfigDocument;
  live: readonly LiveCache[];
  /** Tables of the file that are not cached and cannot be created, with the reason (catalog, schema or table absent). */
  missing: ReadonlyMap<string, string>;
  prune: boolean;
};

export function planConfig({ document, live, missing, prune }: PlanInput): Plan {
  const byKey = new Map(live.map((c) => [configKey(c), c]));
  const items: PlanItem[] = document.caches.map((desired) => {
    const key = configKey(desired);
    const current = byKey.get(key);
    if (!current) {
      const reason = missing.get(key);
      return reason
        ? { key, action: "missing", cacheId: null, changes: [], reason, desired }
        : { key, action: "create", cacheId: null, changes: [], reason: null, desired };
    }
    const changes = diffCache(current, desired);
    return {
      key,
      action: changes.length > 0 ? "update" : "unchanged",
      cacheId: current.cacheId,
      changes,
      reason: null,
      desired,
    };
  });
  if (prune) {
    const wanted = new Set(document.caches.map(configKey));
    for (const current of [...live].sort(compareCaches)) {
      if (wanted.has(configKey(current))) continue;
      items.push({
        key: configKey(current),
        action: "delete",
        cacheId: current.cacheId,
        changes: [],
        reason: null,
        desired: null,
      });
    }
  }
  const counts = Object.fromEntries(PLAN_ACTIONS.map((a) => [a, 0])) as Record<PlanAction, number>;
  for (const item of items) counts[item.action] += 1;
  return { items, counts, prune };
}

export const planHasChanges = (plan: Plan): boolean =>
  plan.counts.create + plan.counts.update + plan.counts.delete > 0;

/** The fields where the live cache differs from the file; durations compare by length (PT60M is PT1H). */
export function diffCache(current: ConfigCache, desired: ConfigCache): FieldChange[] {
  const changes: FieldChange[] = [];
  const schedule = (field: keyof Schedules) => {
    const from = current.schedules[field];
    const to = desired.schedules[field];
    if (!sameDuration(from, to))
      changes.push({ field: `schedules.${field}`, from: from ?? "off", to: to ?? "off" });
  };
  schedule("incremental");
  schedule("fullRefresh");
  const fromTarget = current.freshnessTarget ?? null;
  const toTarget = desired.freshnessTarget ?? null;
  if (!sameTarget(fromTarget, toTarget))
    changes.push({ field: "freshnessTarget", from: targetText(fromTarget), to: targetText(toTarget) });
  const fromPaused = current.paused ?? false;
  const toPaused = desired.paused ?? false;
  if (fromPaused !== toPaused)
    changes.push({ field: "paused", from: String(fromPaused), to: String(toPaused) });
  return changes;
}

function lengthOf(text: string): string | null {
  const parsed = parseIsoDuration(text.trim());
  return parsed.ok ? `${parsed.seconds}.${parsed.nanos}` : null;
}

export function sameDuration(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b;
  const la = lengthOf(a);
  return la !== null ? la === lengthOf(b) : a.trim() === b.trim();
}

function sameTarget(a: FreshnessTargetInput | null, b: FreshnessTargetInput | null): boolean {
  if (a === null || b === null) return a === b;
  return sameDuration(a.warnAfter, b.warnAfter) && sameDuration(a.errorAfter, b.errorAfter);
}

const targetText = (t: FreshnessTargetInput | null): string =>
  t ? `warn ${t.warnAfter}, error ${t.errorAfter}` : "default";
