import "server-only";

import type { CacheSummary, CatalogSummary } from "@/lib/types";

import { withLastSuccess } from "./freshness/last-success";
import { targetOf } from "./freshness/target-of";
import { listTargets } from "./freshness/targets-store";
import { settingsFor } from "./cache-settings-memo";
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
  const [statuses, catalogs, paused, targets] = await Promise.all([
    getPeaka()
      .listCacheStatuses(projectId)
      .then((list) => withLastSuccess(projectId, list)),
    catalogsOf(projectId).catch(() => [] as CatalogSummary[]),
    listPaused(projectId),
    listTargets(projectId),
  ]);
  const names = new Map(catalogs.map((c) => [c.id, c.displayName]));
  const settings = await settingsFor(
    projectId,
    statuses.map((s) => s.id),
  );
  return statuses
    .filter((s) => s.status !== "deleted")
    .map((s, i) => {
      const summary = toSummary(s, settings[i] ?? null, names.get(s.catalogId));
      const was = paused.get(s.id);
      const withTarget = { ...summary, freshnessTarget: targetOf(targets, s.id, was ?? settings[i] ?? null) };
      return was
        ? { ...withTarget, pausedSchedules: { incremental: was.incremental, fullRefresh: was.fullRefresh } }
        : withTarget;
    });
}
