import "server-only";

import type { CacheSettings } from "@/lib/types";

import { logger } from "./logger";
import { forgetOverview } from "./overview-window";
import { getPeaka, isPeakaApiError } from "./peaka";
import { mapLimit } from "./peaka/concurrency";

// The status list carries no schedules, so settings are read per cache and kept for a while;
// console mutations call forgetCacheSettings(). Stale entries are served while they refresh.
const FRESH_MS = 5 * 60_000;
const CONCURRENCY = 8;
// Up to this many unknown caches are read before answering; beyond it (thousands of caches) the
// overview answers at once and the schedules fill in on the next polls.
const BLOCKING_MISSES = 64;

// Route handlers and server actions are bundled apart, each with its own module copies; the memo
// lives on globalThis so forgetCacheSettings() from an action reaches the overview's handler.
type Memo = Map<string, { at: number; settings: CacheSettings }>;
const shared = globalThis as typeof globalThis & { __cacheSettingsMemo?: Memo };
const memo: Memo = (shared.__cacheSettingsMemo ??= new Map() as Memo);
const inFlight = new Map<string, Promise<void>>();

const keyOf = (projectId: string, cacheId: string) => `${projectId}/${cacheId}`;

export function forgetCacheSettings(projectId: string, cacheId?: string): void {
  forgetOverview(projectId);
  if (cacheId) {
    memo.delete(keyOf(projectId, cacheId));
    return;
  }
  for (const key of memo.keys()) if (key.startsWith(`${projectId}/`)) memo.delete(key);
}

function load(projectId: string, cacheId: string): Promise<void> {
  const key = keyOf(projectId, cacheId);
  const running = inFlight.get(key);
  if (running) return running;
  const task = getPeaka()
    .getCache(projectId, cacheId)
    .then((settings) => void memo.set(key, { at: Date.now(), settings }))
    .catch((error: unknown) => {
      // One unreadable cache must not blank the overview; its schedule shows as unknown.
      if (!isPeakaApiError(error) || error.kind !== "not-found") {
        logger.warn({ err: error, cacheId }, "cache settings unavailable");
      }
    })
    .finally(() => inFlight.delete(key));
  inFlight.set(key, task);
  return task;
}

/** Settings per cache id (null while unknown), reading at most a bounded number before answering. */
export async function settingsFor(projectId: string, cacheIds: string[]): Promise<(CacheSettings | null)[]> {
  const now = Date.now();
  const missing = cacheIds.filter((id) => !memo.has(keyOf(projectId, id)));
  const stale = cacheIds.filter((id) => {
    const hit = memo.get(keyOf(projectId, id));
    return hit !== undefined && now - hit.at >= FRESH_MS;
  });
  const refresh = (ids: string[]) => mapLimit(ids, CONCURRENCY, (id) => load(projectId, id));
  void refresh(stale);
  if (missing.length <= BLOCKING_MISSES) await refresh(missing);
  else void refresh(missing);
  return cacheIds.map((id) => memo.get(keyOf(projectId, id))?.settings ?? null);
}
