import type { FreshnessState } from "@/lib/types";

import type { AlertCondition, RuleView } from "./types";

/** What the evaluator knows about one cache on one tick. */
export type CacheObservation = {
  projectId: string;
  cacheId: string;
  catalogId: string;
  label: string;
  /** Failed runs in a row, as seen by the evaluator (0 after a completed run). */
  failStreak: number;
  lastError: string | null;
  /** null: not known yet (target or last success unread); "no-data": no copy yet. */
  freshness: FreshnessState | null;
  ageMs: number | null;
  /** How long the run now going has taken, and the median of the completed runs before it. */
  runningMs: number | null;
  medianMs: number | null;
};

/** A condition the rule sees on the cache now: `held` means unknown, so keep an open incident as it is. */
export type Finding = { condition: AlertCondition; active: boolean | "held"; summary: string };

export function ruleCovers(
  rule: RuleView,
  cache: Pick<CacheObservation, "projectId" | "catalogId" | "cacheId">,
): boolean {
  if (rule.scope === "all") return true;
  if (rule.projectId !== cache.projectId) return false;
  if (rule.scope === "catalog") return rule.catalogId === cache.catalogId;
  if (rule.scope === "caches") return rule.cacheIds.includes(cache.cacheId);
  return true;
}

const minutes = (ms: number) => `${Math.max(1, Math.round(ms / 60_000))} min`;

function ageWords(ms: number): string {
  const h = ms / 3_600_000;
  return h >= 48 ? `${Math.round(h / 24)} days` : h >= 1 ? `${Math.round(h)} h` : minutes(ms);
}

/** The conditions one rule watches on one cache, each active, inactive or held (not known this tick). */
export function findings(rule: RuleView, cache: CacheObservation): Finding[] {
  const out: Finding[] = [];
  if (rule.failures !== null) {
    const n = rule.failures;
    out.push({
      condition: "failing",
      active: cache.failStreak >= n,
      summary:
        n === 1
          ? `${cache.label}: the last run failed${cache.lastError ? ` (${cache.lastError})` : ""}.`
          : `${cache.label}: ${cache.failStreak} runs failed in a row${cache.lastError ? ` (last: ${cache.lastError})` : ""}.`,
    });
  }
  if (rule.freshness !== null) {
    const condition = rule.freshness === "warn" ? "stale-warn" : "stale-error";
    const known = cache.freshness !== null && cache.freshness !== "no-data";
    const over =
      rule.freshness === "warn"
        ? cache.freshness === "warn" || cache.freshness === "error"
        : cache.freshness === "error";
    out.push({
      condition,
      active: known ? over : "held",
      summary: `${cache.label}: the data is ${cache.ageMs === null ? "old" : `${ageWords(cache.ageMs)} old`}, past its ${rule.freshness === "warn" ? "warn" : "error"} line.`,
    });
  }
  if (rule.slowFactor !== null) {
    const slow =
      cache.runningMs !== null &&
      cache.medianMs !== null &&
      cache.medianMs > 0 &&
      cache.runningMs > rule.slowFactor * cache.medianMs;
    out.push({
      condition: "slow-run",
      active: slow,
      summary: `${cache.label}: the run has taken ${minutes(cache.runningMs ?? 0)}, more than ${rule.slowFactor}× its median of ${minutes(cache.medianMs ?? 0)}.`,
    });
  }
  return out;
}

export type IncidentChange =
  | { kind: "open"; key: string; condition: AlertCondition; summary: string }
  | { kind: "resolve"; incidentId: string; gone: boolean }
  | { kind: "remind"; incidentId: string; summary: string };

export type OpenIncident = { id: string; key: string; lastToldAt: number };

export const incidentKey = (ruleId: string, cacheId: string, condition: AlertCondition) =>
  `${ruleId}|${cacheId}|${condition}`;

/**
 * Turns this tick's findings into incident changes: open what became true, resolve what cleared (a cache no longer
 * listed clears too), remind about what stays open at most every `reminderMs`.
 */
export function incidentChanges(
  rule: Pick<RuleView, "id">,
  reminderMs: number | null,
  seen: { cacheId: string; label: string; findings: Finding[] }[],
  open: OpenIncident[],
  now: number,
): IncidentChange[] {
  const changes: IncidentChange[] = [];
  const live = new Map<string, Finding>();
  for (const cache of seen)
    for (const finding of cache.findings)
      live.set(incidentKey(rule.id, cache.cacheId, finding.condition), finding);
  const openKeys = new Set(open.map((o) => o.key));
  for (const incident of open) {
    const finding = live.get(incident.key);
    if (!finding || finding.active === false)
      changes.push({ kind: "resolve", incidentId: incident.id, gone: !finding });
    else if (reminderMs !== null && now - incident.lastToldAt >= reminderMs)
      changes.push({ kind: "remind", incidentId: incident.id, summary: finding.summary });
  }
  for (const [key, finding] of live)
    if (finding.active === true && !openKeys.has(key))
      changes.push({ kind: "open", key, condition: finding.condition, summary: finding.summary });
  return changes;
}
