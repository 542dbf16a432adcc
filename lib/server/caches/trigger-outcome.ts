import "server-only";

import type { CacheRun, CacheStatusInfo, RunKind } from "@/lib/types";

import type { PeakaApi } from "../peaka/api";

const NAME: Record<RunKind, string> = { full: "full refresh", incremental: "incremental sync" };

const lastRun = (s: CacheStatusInfo, kind: RunKind): CacheRun | null =>
  kind === "full" ? s.lastFull : s.lastIncremental;

/**
 * What a trigger did, told from the cache's status read before and after it. Peaka documents the trigger's answer
 * only as a free-form object, so nothing in it (STARTED, QUEUED, an execution id) is relied on.
 */
export function describeTrigger(
  kind: RunKind,
  before: CacheStatusInfo | null,
  after: CacheStatusInfo | null,
): string {
  const name = NAME[kind];
  if (!after) {
    return `Peaka accepted the request for a ${name}, but its status could not be read just now. This page shows the run once it appears.`;
  }
  const run = lastRun(after, kind);
  const isNew = run !== null && before !== null && run.id !== lastRun(before, kind)?.id;
  if (run && isNew) {
    if (run.status === "running") return `The ${name} has started.`;
    if (run.status === "completed") return `The ${name} has started and has already finished.`;
    if (run.status === "failed")
      return `The ${name} has started and failed: ${run.error ?? "Peaka gave no reason."}`;
    return `The ${name} has started; Peaka now reports it as ${run.status}.`;
  }
  if (after.running.includes(kind)) {
    if (before === null) return `A ${name} is running now.`;
    return `A ${name} was already running, so no new one has started. Peaka may run this request once the current one finishes.`;
  }
  const other = after.running.find((k) => k !== kind);
  if (other) {
    return `A ${NAME[other]} is running, so the ${name} has not started. Peaka may start it once that finishes; this page shows it when it does.`;
  }
  return `Peaka accepted the request, but the ${name} has not started yet. This page shows it when it does.`;
}

async function statusOrNull(peaka: PeakaApi, projectId: string, cacheId: string) {
  try {
    return await peaka.getCacheStatus(projectId, cacheId);
  } catch {
    return null;
  }
}

/** Starts a run and says what actually happened; only the trigger's own failure is an error. */
export async function triggerRun(
  peaka: PeakaApi,
  projectId: string,
  cacheId: string,
  kind: RunKind,
): Promise<string> {
  const before = await statusOrNull(peaka, projectId, cacheId);
  if (kind === "full") await peaka.triggerFullRefresh(projectId, cacheId);
  else await peaka.triggerIncremental(projectId, cacheId);
  return describeTrigger(kind, before, await statusOrNull(peaka, projectId, cacheId));
}
