import type { RunKind } from "@/lib/types";

import { intervalMs, scheduleOf } from "./phase";
import type { MapCache, PlannedMove } from "./types";

export const RUN_KINDS: readonly RunKind[] = ["full", "incremental"];
/** A run with no history to measure is drawn one minute long. */
export const DEFAULT_RUN_MS = 60_000;

export type RunVisitor = (cache: number, kind: RunKind, start: number, end: number, rows: number) => void;

const ceilDiv = (a: number, b: number) => Math.ceil(a / b);

/** Calls `visit` for each run of the grid `anchor` + k·interval (k ≥ 1) in [from, to). */
function walkGrid(
  anchor: number,
  interval: number,
  from: number,
  to: number,
  each: (start: number) => void,
): void {
  const k = Math.max(1, ceilDiv(from - anchor, interval));
  for (let at = anchor + k * interval; at < to; at += interval) each(at);
}

/**
 * Every projected run in [from, to): each schedule on its own grid, and a planned move re-anchors both of a cache's
 * schedules at its moment (Peaka counts an interval from when it was set; a PUT sends both). Projections are
 * estimates: a run due while another of the same cache is going starts later, and the phase itself is derived.
 */
export function forEachProjectedRun(
  caches: readonly MapCache[],
  from: number,
  to: number,
  moves: readonly PlannedMove[],
  visit: RunVisitor,
): void {
  const moveOf = new Map<string, number>();
  for (const move of moves) moveOf.set(move.cacheId, move.applyAt);
  for (let c = 0; c < caches.length; c++) {
    const cache = caches[c]!;
    const applyAt = moveOf.get(cache.id);
    for (const kind of RUN_KINDS) {
      const interval = intervalMs(scheduleOf(cache.schedules, kind));
      const anchor = cache.anchors[kind];
      if (interval === null) continue;
      const length = cache.medianMs[kind] ?? DEFAULT_RUN_MS;
      const rows = cache.rows[kind] ?? 0;
      const emit = (start: number) => visit(c, kind, start, start + length, rows);
      if (applyAt === undefined) {
        if (anchor) walkGrid(anchor.at, interval, from, to, emit);
        continue;
      }
      if (anchor) walkGrid(anchor.at, interval, from, Math.min(to, applyAt), emit);
      walkGrid(applyAt, interval, Math.max(from, applyAt), to, emit);
    }
  }
}

/** Every run of the history that started in [from, to). */
export function forEachPastRun(
  caches: readonly MapCache[],
  from: number,
  to: number,
  now: number,
  visit: RunVisitor,
): void {
  for (let c = 0; c < caches.length; c++) {
    for (const run of caches[c]!.past) {
      if (run.start < from || run.start >= to) continue;
      visit(c, run.kind, run.start, run.end ?? now, run.rows ?? 0);
    }
  }
}
