import "server-only";

import type { CacheObservation } from "@/lib/alerts/conditions";
import { tableIdentity } from "@/lib/caches/overview-state";
import { judgeFreshness } from "@/lib/freshness/judge";
import type { CacheSummary } from "@/lib/types";

import { getPeaka } from "../peaka";

import { alertDb } from "./alert-db";

type Outcome = "failed" | "ok" | "neutral" | "none";

/** The newest finished run the status shows, as an identity that changes when another run finishes. */
function newestFinished(cache: CacheSummary): { id: string; outcome: Outcome } {
  const run = cache.currentRun;
  if (run?.status === "failed") return { id: `f:${run.id}`, outcome: "failed" };
  if (run?.status === "cancelled") return { id: `c:${run.id}`, outcome: "neutral" };
  if (run?.status === "running") return { id: "", outcome: "none" };
  if (cache.status === "failed") return { id: `f:${cache.lastError ?? ""}`, outcome: "failed" };
  if (cache.lastSyncAt) return { id: `ok:${cache.lastSyncAt}`, outcome: "ok" };
  return { id: "", outcome: "none" };
}

// Median durations of completed runs, read from the history once per run that is going (only for slow-run rules).
const medians = new Map<string, { runId: string; medianMs: number | null }>();

async function medianFor(projectId: string, cacheId: string, runId: string): Promise<number | null> {
  const key = `${projectId}/${cacheId}`;
  const known = medians.get(key);
  if (known?.runId === runId) return known.medianMs;
  const runs = await getPeaka().getExecutionHistory(projectId, cacheId, { limit: 20 });
  const durations = runs
    .filter((r) => r.status === "completed" && r.startedAt && r.finishedAt && r.id !== runId)
    .map((r) => Date.parse(r.finishedAt!) - Date.parse(r.startedAt!))
    .filter((ms) => Number.isFinite(ms) && ms >= 0)
    .sort((a, b) => a - b);
  // Fewer than three runs say little about what is normal.
  const medianMs = durations.length >= 3 ? durations[Math.floor(durations.length / 2)]! : null;
  medians.set(key, { runId, medianMs });
  return medianMs;
}

/**
 * Turns one project's cache list into observations, keeping each cache's failed-runs-in-a-row count in the console
 * DB. A run that failed and was followed by another failure between two ticks counts once: the list shows only
 * the newest run.
 */
export async function observeProject(
  projectId: string,
  caches: CacheSummary[],
  wantsMedian: (cache: Pick<CacheObservation, "projectId" | "catalogId" | "cacheId">) => boolean,
  now: Date,
): Promise<CacheObservation[]> {
  const db = await alertDb();
  const stored = new Map(
    (await db.selectFrom("alert_cache_state").selectAll().where("project_id", "=", projectId).execute()).map(
      (r) => [r.cache_id, r],
    ),
  );
  const out: CacheObservation[] = [];
  for (const cache of caches) {
    const before = stored.get(cache.id);
    const newest = newestFinished(cache);
    let streak = before?.fail_streak ?? 0;
    if (newest.id && newest.id !== before?.newest_run) {
      if (newest.outcome === "failed") streak += 1;
      else if (newest.outcome === "ok") streak = 0;
      const values = { newest_run: newest.id, fail_streak: streak, updated_at: now.toISOString() };
      await db
        .insertInto("alert_cache_state")
        .values({ project_id: projectId, cache_id: cache.id, ...values })
        .onConflict((oc) => oc.columns(["project_id", "cache_id"]).doUpdateSet(values))
        .execute();
    }
    const judged = judgeFreshness(cache, now.getTime());
    const run = cache.currentRun;
    const observation: CacheObservation = {
      projectId,
      cacheId: cache.id,
      catalogId: cache.catalogId,
      label: tableIdentity(cache),
      failStreak: streak,
      lastError: cache.lastError ?? (run?.status === "failed" ? run.error : null),
      freshness: judged.state,
      ageMs: judged.ageMs,
      runningMs: null,
      medianMs: null,
    };
    if (run?.status === "running" && run.startedAt && wantsMedian(observation)) {
      observation.runningMs = now.getTime() - Date.parse(run.startedAt);
      observation.medianMs = await medianFor(projectId, cache.id, run.id).catch(() => null);
    }
    out.push(observation);
  }
  return out;
}
