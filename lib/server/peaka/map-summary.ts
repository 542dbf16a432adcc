import "server-only";

import { cacheModeOf } from "@/lib/schedule";
import type { CacheSettings, CacheStatusInfo, CacheSummary } from "@/lib/types";

export function toSummary(
  status: CacheStatusInfo,
  settings: CacheSettings | null,
  catalogName: string | undefined,
): CacheSummary {
  const { actionLog: _log, lastFull: _full, lastIncremental: _inc, ...rest } = status;
  const schedules = settings
    ? { incremental: settings.incrementalSchedule, fullRefresh: settings.fullRefreshSchedule }
    : null;
  return {
    ...rest,
    catalogName: catalogName ?? status.catalogId,
    mode: schedules ? cacheModeOf(schedules) : null,
    incrementalSchedule: settings?.incrementalSchedule ?? null,
    fullRefreshSchedule: settings?.fullRefreshSchedule ?? null,
  };
}
