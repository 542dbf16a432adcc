import "server-only";

import type { CacheRun, CacheSummary } from "@/lib/types";
import type { PastRun } from "@/lib/schedule-map";

import { logger } from "../logger";
import { getPeaka, isPeakaApiError } from "../peaka";
import { mapLimit } from "../peaka/concurrency";

// The map's past: each cache's runs of the last 14 days (what Peaka keeps). A cache's history only changes with a
// new run, so it is kept per (cache, last sync, current run) and re-read at most every few minutes.
const PAGE = 50;
const MAX_PAGES = 7;
const WINDOW_MS = 14 * 24 * 3_600_000;
const FRESH_MS = 5 * 60_000;
const CONCURRENCY = 6;
/** Read before answering; a project with more caches answers at once and the rest fill in on later polls. */
const BLOCKING_MISSES = 40;
const MAX_ENTRIES = 10_000;

type Entry = { key: string; at: number; runs: PastRun[] };
type Memo = Map<string, Entry>;
const shared = globalThis as typeof globalThis & { __mapHistoryMemo?: Memo };
const memo: Memo = (shared.__mapHistoryMemo ??= new Map() as Memo);
const inFlight = new Map<string, Promise<void>>();

const versionOf = (c: CacheSummary) =>
  `${c.lastSyncAt ?? "-"}/${c.currentRun ? `${c.currentRun.id}:${c.currentRun.status}` : "-"}/${c.status}`;

const touched = (run: CacheRun) =>
  run.rowsInserted === null && run.rowsUpdated === null && run.rowsDeleted === null
    ? run.rowsCached
    : (run.rowsInserted ?? 0) + (run.rowsUpdated ?? 0) + (run.rowsDeleted ?? 0);

export function toPastRun(run: CacheRun): PastRun | null {
  const start = run.startedAt ? Date.parse(run.startedAt) : Number.NaN;
  if (run.kind === "unknown" || !Number.isFinite(start)) return null;
  const endText = run.finishedAt ?? (run.status === "running" ? null : run.updatedAt);
  const end = endText ? Date.parse(endText) : Number.NaN;
  return {
    kind: run.kind,
    start,
    end: Number.isFinite(end) ? end : null,
    rows: run.kind === "full" ? run.rowsCached : touched(run),
  };
}

async function readRuns(projectId: string, cacheId: string, now: number): Promise<PastRun[]> {
  const runs: PastRun[] = [];
  for (let page = 0; page < MAX_PAGES; page++) {
    const batch = await getPeaka().getExecutionHistory(projectId, cacheId, {
      limit: PAGE,
      offset: page * PAGE,
    });
    for (const run of batch) {
      const past = toPastRun(run);
      if (past && past.start >= now - WINDOW_MS) runs.push(past);
    }
    const oldest = batch.at(-1)?.startedAt;
    if (batch.length < PAGE || (oldest && Date.parse(oldest) < now - WINDOW_MS)) break;
  }
  return runs;
}

function load(projectId: string, cache: CacheSummary, now: number): Promise<void> {
  const id = `${projectId}/${cache.id}`;
  const pending = inFlight.get(id);
  if (pending) return pending;
  const task = readRuns(projectId, cache.id, now)
    .then((runs) => {
      memo.delete(id);
      memo.set(id, { key: versionOf(cache), at: Date.now(), runs });
      if (memo.size > MAX_ENTRIES) memo.delete(memo.keys().next().value as string);
    })
    .catch((error: unknown) => {
      if (!isPeakaApiError(error) || error.kind !== "not-found") {
        logger.warn({ err: error, cacheId: cache.id }, "run history unavailable for the schedule map");
      }
    })
    .finally(() => inFlight.delete(id));
  inFlight.set(id, task);
  return task;
}

/** Each cache's runs of the last 14 days, or null while not read yet. */
export async function pastRunsOf(
  projectId: string,
  caches: readonly CacheSummary[],
  now: number,
): Promise<(PastRun[] | null)[]> {
  const hit = (c: CacheSummary) => memo.get(`${projectId}/${c.id}`);
  const missing = caches.filter((c) => !hit(c));
  const outdated = caches.filter((c) => {
    const entry = hit(c);
    return entry !== undefined && (entry.key !== versionOf(c) || now - entry.at >= FRESH_MS);
  });
  await mapLimit(missing.slice(0, BLOCKING_MISSES), CONCURRENCY, (c) => load(projectId, c, now));
  // The rest load after the answer; an outdated entry is still served meanwhile.
  void mapLimit([...missing.slice(BLOCKING_MISSES), ...outdated], CONCURRENCY, (c) =>
    load(projectId, c, now),
  );
  return caches.map((c) => hit(c)?.runs ?? null);
}
