import "server-only";

import { cacheTiming, median, type MapCache, type PastRun, type ScheduleMapData } from "@/lib/schedule-map";
import { tableIdentity } from "@/lib/caches/overview-state";
import type { CacheSummary } from "@/lib/types";

import { listCacheSummaries } from "../cache-overview";

import { allEnded } from "../peaka/concurrency";
import { listMoves } from "./moves-store";
import { pastRunsOf } from "./run-history";
import { lastSetTimes } from "./set-times";

function mapCacheOf(summary: CacheSummary, past: PastRun[] | null, setAt: number | null): MapCache {
  const runs = past ?? [];
  const { anchors, medianMs } = cacheTiming(summary.schedules, runs, setAt);
  const rowsOf = (kind: PastRun["kind"]) =>
    median(runs.flatMap((r) => (r.kind === kind && r.rows !== null ? [r.rows] : [])));
  return {
    id: summary.id,
    label: tableIdentity(summary),
    catalogId: summary.catalogId,
    catalogName: summary.catalogName,
    mode: summary.mode,
    status: summary.status,
    schedules: summary.schedules,
    anchors,
    medianMs,
    rows: { full: summary.rowsCached ?? rowsOf("full"), incremental: rowsOf("incremental") },
    past: runs,
  };
}

export async function readScheduleMap(projectId: string): Promise<ScheduleMapData> {
  const now = Date.now();
  const [summaries, setTimes, moves] = await allEnded([
    listCacheSummaries(projectId),
    lastSetTimes(projectId),
    listMoves(projectId, now),
  ]);
  const past = await pastRunsOf(projectId, summaries, now);
  return {
    now: new Date(now).toISOString(),
    caches: summaries.map((s, i) => mapCacheOf(s, past[i] ?? null, setTimes.get(s.id) ?? null)),
    moves: moves.map(({ createdBy: _by, projectId: _p, schedules: _s, ...move }) => move),
    historyRead: past.filter((p) => p !== null).length,
  };
}
