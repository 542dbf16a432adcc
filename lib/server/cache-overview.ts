import "server-only";

import { tableIdentity } from "@/lib/caches/overview-state";
import type { CacheSummary, CatalogSummary } from "@/lib/types";

import { settingsFor } from "./cache-settings-memo";
import { rememberCacheLabel } from "./caches/cache-labels";
import { listPaused } from "./caches/paused-schedules";
import { overviewWindow } from "./overview-window";
import { getPeaka } from "./peaka";
import { toSummary } from "./peaka/map-summary";

const CATALOG_TTL_MS = 60_000;
const catalogMemo = new Map<string, { at: number; catalogs: Promise<CatalogSummary[]> }>();

export { forgetCacheSettings } from "./cache-settings-memo";

function catalogsOf(projectId: string): Promise<CatalogSummary[]> {
  const hit = catalogMemo.get(projectId);
  if (hit && Date.now() - hit.at < CATALOG_TTL_MS) return hit.catalogs;
  const catalogs = getPeaka().listCatalogs(projectId);
  catalogMemo.set(projectId, { at: Date.now(), catalogs });
  catalogs.catch(() => catalogMemo.delete(projectId));
  return catalogs;
}

/** The project's caches for the overview; reads arriving together share one (see overview-window.ts). */
export function listCacheSummaries(projectId: string): Promise<CacheSummary[]> {
  return overviewWindow().read(projectId, () => readCacheSummaries(projectId));
}

async function readCacheSummaries(projectId: string): Promise<CacheSummary[]> {
  const [statuses, catalogs, paused] = await Promise.all([
    getPeaka().listCacheStatuses(projectId),
    catalogsOf(projectId).catch(() => [] as CatalogSummary[]),
    listPaused(projectId),
  ]);
  const names = new Map(catalogs.map((c) => [c.id, c.name]));
  const settings = await settingsFor(
    projectId,
    statuses.map((s) => s.id),
  );
  return statuses
    .filter((s) => s.status !== "deleted")
    .map((s, i) => {
      const summary = toSummary(s, settings[i] ?? null, names.get(s.catalogId));
      rememberCacheLabel(projectId, s.id, tableIdentity(summary));
      const was = paused.get(s.id);
      return was
        ? { ...summary, pausedSchedules: { incremental: was.incremental, fullRefresh: was.fullRefresh } }
        : summary;
    });
}
