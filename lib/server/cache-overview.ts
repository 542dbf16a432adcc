import "server-only";

import { tableIdentity } from "@/lib/caches/overview-state";
import type { CacheSummary } from "@/lib/types";

import { withLastSuccess } from "./freshness/last-success";
import { targetOf } from "./freshness/target-of";
import { listTargets } from "./freshness/targets-store";
import { settingsFor } from "./cache-settings-memo";
import { rememberCacheLabel } from "./caches/cache-labels";
import { catalogNames } from "./catalog-names";
import { listPaused } from "./caches/paused-schedules";
import { overviewWindow } from "./overview-window";
import { getPeaka } from "./peaka";
import { allEnded } from "./peaka/concurrency";
import { toSummary } from "./peaka/map-summary";

export { forgetCacheSettings } from "./cache-settings-memo";

/** The project's caches for the overview; reads arriving together share one (see overview-window.ts). */
export function listCacheSummaries(projectId: string): Promise<CacheSummary[]> {
  return overviewWindow().read(projectId, () => readCacheSummaries(projectId));
}

async function readCacheSummaries(projectId: string): Promise<CacheSummary[]> {
  const [statuses, names, paused, targets] = await allEnded([
    getPeaka()
      .listCacheStatuses(projectId)
      .then((list) => withLastSuccess(projectId, list)),
    catalogNames(projectId),
    listPaused(projectId),
    listTargets(projectId),
  ]);
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
      const withTarget = {
        ...summary,
        freshnessTarget: targetOf(targets, s.id, was ?? settings[i]?.schedules ?? null),
      };
      return was
        ? { ...withTarget, pausedSchedules: { incremental: was.incremental, fullRefresh: was.fullRefresh } }
        : withTarget;
    });
}
