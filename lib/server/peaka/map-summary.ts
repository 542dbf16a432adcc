import "server-only";

import { cacheModeOf } from "@/lib/schedule";
import { type CacheSettings, type CacheStatusInfo, type CacheSummary, NO_SCHEDULES } from "@/lib/types";

export function toSummary(
  status: CacheStatusInfo,
  settings: CacheSettings | null,
  catalogName: string | undefined,
): CacheSummary {
  const { actionLog: _log, lastFull: _full, lastIncremental: _inc, ...rest } = status;
  return {
    ...rest,
    catalogName: catalogName ?? status.catalogId,
    mode: settings ? cacheModeOf(settings.schedules) : null,
    schedules: settings?.schedules ?? NO_SCHEDULES,
  };
}
