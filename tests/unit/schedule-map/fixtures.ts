import type { MapCache } from "@/lib/schedule-map";
import type { Schedules } from "@/lib/types";

let next = 0;
/** A cache on the map whose schedules count from `setAt` (epoch ms). */
export function mapCache(
  schedules: Partial<Schedules>,
  setAt: number,
  extra: Partial<MapCache> = {},
): MapCache {
  next += 1;
  return {
    id: `c${next}`,
    label: `cat.public.t${next}`,
    catalogId: "cat",
    catalogName: "cat",
    mode: schedules.fullRefresh && schedules.incremental ? "full-and-incremental" : "full-only",
    status: "completed",
    schedules: { incremental: schedules.incremental ?? null, fullRefresh: schedules.fullRefresh ?? null },
    anchors: {
      full: schedules.fullRefresh ? { at: setAt, source: "console-record" } : null,
      incremental: schedules.incremental ? { at: setAt, source: "console-record" } : null,
    },
    medianMs: { full: 5 * 60_000, incremental: 30_000 },
    rows: { full: 1_000, incremental: 10 },
    past: [],
    ...extra,
  };
}

export const at = (iso: string) => Date.parse(iso);
