import type { CacheMode, CacheStatusValue, RunKind, Schedules } from "@/lib/types";

/** Where a cache's phase came from: its own run starts, or when the console last set its schedules. */
export type PhaseSource = "run-history" | "console-record";

/** A schedule's grid: runs at `at` + k·interval (k ≥ 1), as assumed in docs/schedule-map.md. */
export type Anchor = { at: number; source: PhaseSource };

/** One run that happened (from the run history), in epoch milliseconds. */
export type PastRun = { kind: RunKind; start: number; end: number | null; rows: number | null };

/** What the map knows of one cache; the server builds it, the browser projects from it. */
export type MapCache = {
  id: string;
  label: string;
  catalogId: string;
  catalogName: string;
  mode: CacheMode | null;
  status: CacheStatusValue;
  schedules: Schedules;
  anchors: Record<RunKind, Anchor | null>;
  /** Median run length per kind from the history, null when it has none. */
  medianMs: Record<RunKind, number | null>;
  /** Rows a run of each kind moves: the copy for a full refresh, the median rows touched for an incremental. */
  rows: Record<RunKind, number | null>;
  past: PastRun[];
};

/** A re-apply of a cache's schedules at `applyAt`: both schedules then count from that moment. */
export type PlannedMove = { id: string; cacheId: string; applyAt: number };

export type MapView = "next-24h" | "next-7d" | "past-14d";

/** One run placed on the map: projected (an estimate) or from the history. */
export type MapRun = { cache: number; kind: RunKind; start: number; end: number; rows: number };

/** A move as the page shows it: pending (or being carried out), or how it ended in the last day. */
export type MapMove = {
  id: string;
  cacheId: string;
  kind: RunKind;
  applyAt: string;
  status: "pending" | "applying" | "done" | "failed" | "cancelled";
  detail: string | null;
  createdAt: string;
  finishedAt: string | null;
};

/** Everything the page needs to draw the map in the browser; the projection itself runs there. */
export type ScheduleMapData = {
  now: string;
  caches: MapCache[];
  moves: MapMove[];
  /** Caches whose run history is read; the rest fill in on later polls. */
  historyRead: number;
};
