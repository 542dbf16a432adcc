import "server-only";

import type { CacheRun, CacheStatusInfo } from "@/lib/types";

import { logger } from "../logger";
import { getPeaka, isPeakaApiError } from "../peaka";
import { mapLimit } from "../peaka/concurrency";
import { copyFromHistory, type CopyFacts } from "../peaka/map-copy";

// When a cache's last run of a kind did not complete, the status no longer shows the copy people
// query; the run history does. The answer only changes when a new run appears in the status, so it
// is kept per (cache, last runs) and a cache costs one history read per run, not per poll.
const PAGE = 50;
const MAX_PAGES = 4;
const CONCURRENCY = 8;
const BLOCKING_MISSES = 32;
const MAX_ENTRIES = 5_000;

type Memo = Map<string, CopyFacts>;
const shared = globalThis as typeof globalThis & { __lastSuccessMemo?: Memo };
const memo: Memo = (shared.__lastSuccessMemo ??= new Map() as Memo);
const inFlight = new Map<string, Promise<void>>();

const runKey = (run: CacheRun | null) => (run ? `${run.id}:${run.status}` : "-");
const keyOf = (projectId: string, s: CacheStatusInfo) =>
  `${projectId}/${s.id}/${runKey(s.lastFull)}/${runKey(s.lastIncremental)}`;

async function readHistory(projectId: string, cacheId: string): Promise<CacheRun[]> {
  const runs: CacheRun[] = [];
  for (let page = 0; page < MAX_PAGES; page++) {
    const batch = await getPeaka().getExecutionHistory(projectId, cacheId, {
      limit: PAGE,
      offset: page * PAGE,
    });
    runs.push(...batch);
    if (batch.length < PAGE || batch.some((run) => run.status === "completed")) break;
  }
  return runs;
}

function load(projectId: string, status: CacheStatusInfo): Promise<void> {
  const key = keyOf(projectId, status);
  const pending = inFlight.get(key);
  if (pending) return pending;
  const task = readHistory(projectId, status.id)
    .then((history) => {
      memo.set(key, copyFromHistory(status.lastFull, status.lastIncremental, history));
      if (memo.size > MAX_ENTRIES) memo.delete(memo.keys().next().value as string);
    })
    .catch((error: unknown) => {
      // Without the history the copy's age stays unknown; the rest of the page still answers.
      if (!isPeakaApiError(error) || error.kind !== "not-found") {
        logger.warn({ err: error, cacheId: status.id }, "run history unavailable");
      }
    })
    .finally(() => inFlight.delete(key));
  inFlight.set(key, task);
  return task;
}

function apply(projectId: string, status: CacheStatusInfo): CacheStatusInfo {
  if (status.lastSyncKnown) return status;
  const facts = memo.get(keyOf(projectId, status));
  return facts ? { ...status, ...facts } : status;
}

/** Statuses with the last successful sync filled in from the run history where the status hides it. */
export async function withLastSuccess(
  projectId: string,
  statuses: CacheStatusInfo[],
): Promise<CacheStatusInfo[]> {
  const missing = statuses.filter((s) => !s.lastSyncKnown && !memo.has(keyOf(projectId, s)));
  const read = (list: CacheStatusInfo[]) => mapLimit(list, CONCURRENCY, (s) => load(projectId, s));
  if (missing.length <= BLOCKING_MISSES) await read(missing);
  else void read(missing);
  return statuses.map((s) => apply(projectId, s));
}
