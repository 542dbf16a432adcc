import type { RunKind } from "@/lib/types";

import { intervalMs, scheduleOf } from "./phase";
import type { MapCache, PlannedMove } from "./types";

export const RUN_KINDS: readonly RunKind[] = ["full", "incremental"];
/** A run with no history to measure is drawn one minute long. */
export const DEFAULT_RUN_MS = 60_000;

export type RunVisitor = (cache: number, kind: RunKind, start: number, end: number, rows: number) => void;

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
      if (interval === null) continue;
      const anchor = cache.anchors[kind];
      const length = cache.medianMs[kind] ?? DEFAULT_RUN_MS;
      const rows = cache.rows[kind] ?? 0;
      // The old grid up to the move (or the whole window), then the move's grid after it.
      const oldEnd = applyAt === undefined ? to : Math.min(to, applyAt);
      if (anchor) {
        const k = Math.max(1, Math.ceil((from - anchor.at) / interval));
        for (let at = anchor.at + k * interval; at < oldEnd; at += interval)
          visit(c, kind, at, at + length, rows);
      }
      if (applyAt !== undefined) {
        const k = Math.max(1, Math.ceil((Math.max(from, applyAt) - applyAt) / interval));
        for (let at = applyAt + k * interval; at < to; at += interval) visit(c, kind, at, at + length, rows);
      }
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
