import "server-only";

import type { CacheSettings, CacheSummary, CatalogSummary } from "@/lib/types";

import { logger } from "./logger";
import { getPeaka, isPeakaApiError } from "./peaka";
import { mapLimit } from "./peaka/concurrency";
import { toSummary } from "./peaka/map-summary";

// The status list carries no schedules, so settings are read per cache and kept briefly;
// mutations made through the console call forgetCacheSettings().
const SETTINGS_TTL_MS = 5 * 60_000;
const CATALOG_TTL_MS = 60_000;
const settingsMemo = new Map<string, { at: number; settings: CacheSettings | null }>();
const catalogMemo = new Map<string, { at: number; catalogs: Promise<CatalogSummary[]> }>();

export function forgetCacheSettings(projectId: string, cacheId?: string): void {
  if (!cacheId) {
    for (const key of settingsMemo.keys()) if (key.startsWith(`${projectId}/`)) settingsMemo.delete(key);
    return;
  }
  settingsMemo.delete(`${projectId}/${cacheId}`);
}

function catalogsOf(projectId: string): Promise<CatalogSummary[]> {
  const hit = catalogMemo.get(projectId);
  if (hit && Date.now() - hit.at < CATALOG_TTL_MS) return hit.catalogs;
  const catalogs = getPeaka().listCatalogs(projectId);
  catalogMemo.set(projectId, { at: Date.now(), catalogs });
  catalogs.catch(() => catalogMemo.delete(projectId));
  return catalogs;
}

async function settingsOf(projectId: string, cacheId: string): Promise<CacheSettings | null> {
  const key = `${projectId}/${cacheId}`;
  const hit = settingsMemo.get(key);
  if (hit && Date.now() - hit.at < SETTINGS_TTL_MS) return hit.settings;
  try {
    const settings = await getPeaka().getCache(projectId, cacheId);
    settingsMemo.set(key, { at: Date.now(), settings });
    return settings;
  } catch (error) {
    // One unreadable cache must not blank the whole overview; its schedule shows as unknown.
    if (!isPeakaApiError(error) || error.kind !== "not-found")
      logger.warn({ err: error, cacheId }, "cache settings unavailable");
    return null;
  }
}

export async function listCacheSummaries(projectId: string): Promise<CacheSummary[]> {
  const [statuses, catalogs] = await Promise.all([
    getPeaka().listCacheStatuses(projectId),
    catalogsOf(projectId).catch(() => [] as CatalogSummary[]),
  ]);
  const names = new Map(catalogs.map((c) => [c.id, c.displayName]));
  const settings = await mapLimit(statuses, 8, (s) => settingsOf(projectId, s.id));
  return statuses
    .filter((s) => s.status !== "deleted")
    .map((s, i) => toSummary(s, settings[i] ?? null, names.get(s.catalogId)));
}
