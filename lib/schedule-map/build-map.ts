import type { RunKind } from "@/lib/types";

import { type MapGrid, gridOf, slotCount } from "./grid";
import { intervalMs, scheduleOf } from "./phase";
import { findPileUpWindows, PILE_UP_WINDOW_MS, pileUpText, type PileUp, type PileUpWindow } from "./pile-ups";
import { forEachPastRun, forEachProjectedRun, type RunVisitor } from "./project";
import type { MapCache, MapView, PlannedMove } from "./types";

const MINUTE = 60_000;

export type MapInput = {
  caches: readonly MapCache[];
  now: number;
  view: MapView;
  moves?: readonly PlannedMove[];
  kinds?: readonly RunKind[];
};

/** Per cell: starts of each kind, the most runs going at once, and the rows the starting runs move. */
export type ScheduleMap = {
  grid: MapGrid;
  full: Int32Array;
  incremental: Int32Array;
  peak: Int32Array;
  rows: Float64Array;
  pileUps: PileUp[];
  totals: { full: number; incremental: number; peak: number; peakAt: number | null; rows: number };
};

export const isInRange = (grid: MapGrid, index: number) => {
  const start = grid.start + index * grid.slotMs;
  return start + grid.slotMs > grid.from && start < grid.to;
};

/** Runs of the view (projected for the future, from the history for the past), with each cell's figures. */
export function forEachRunOf(input: MapInput, grid: MapGrid, visit: RunVisitor): void {
  const kinds = input.kinds;
  const keep: RunVisitor = kinds
    ? (c, kind, start, end, rows) => {
        if (kinds.includes(kind)) visit(c, kind, start, end, rows);
      }
    : visit;
  if (grid.projected) forEachProjectedRun(input.caches, grid.from, grid.to, input.moves ?? [], keep);
  else forEachPastRun(input.caches, grid.from, grid.to, input.now, keep);
}

export function buildScheduleMap(input: MapInput): ScheduleMap {
  const grid = gridOf(input.view, input.now);
  const cells = slotCount(grid);
  const gridEnd = grid.start + cells * grid.slotMs;
  const full = new Int32Array(cells);
  const incremental = new Int32Array(cells);
  const rows = new Float64Array(cells);
  // Concurrency on a one-minute grid: +1 where a run starts, −1 after the minute it ends.
  const minutes = Math.ceil((gridEnd - grid.start) / MINUTE);
  const diff = new Int32Array(minutes + 1);
  const startsPerMinute: Record<RunKind, Int32Array> = {
    full: new Int32Array(minutes),
    incremental: new Int32Array(minutes),
  };
  // Frequent schedules start every few minutes anyway; a pile-up is about runs a move could spread.
  const spreadable = (kind: RunKind) =>
    Uint8Array.from(input.caches, (c) =>
      (intervalMs(scheduleOf(c.schedules, kind)) ?? Infinity) >= 2 * PILE_UP_WINDOW_MS ? 1 : 0,
    );
  const canSpread: Record<RunKind, Uint8Array> = {
    full: spreadable("full"),
    incremental: spreadable("incremental"),
  };

  forEachRunOf(input, grid, (c, kind, start, end, runRows) => {
    const cell = Math.floor((start - grid.start) / grid.slotMs);
    if (cell < 0 || cell >= cells) return;
    (kind === "full" ? full : incremental)[cell]!++;
    rows[cell]! += runRows;
    const first = Math.floor((start - grid.start) / MINUTE);
    const last = Math.min(minutes - 1, Math.floor((Math.max(end, start + 1) - 1 - grid.start) / MINUTE));
    diff[first]!++;
    diff[last + 1]!--;
    if (canSpread[kind][c]) startsPerMinute[kind][first]!++;
  });

  const peak = new Int32Array(cells);
  const perCell = grid.slotMs / MINUTE;
  let going = 0;
  let top = 0;
  let topAt: number | null = null;
  for (let m = 0; m < minutes; m++) {
    going += diff[m]!;
    const cell = Math.floor(m / perCell);
    if (going > peak[cell]!) peak[cell] = going;
    if (going > top) {
      top = going;
      topAt = grid.start + m * MINUTE;
    }
  }
  const span = { from: grid.from, to: grid.to };
  const windows = [
    ...findPileUpWindows("full", startsPerMinute.full, grid.start, span),
    ...findPileUpWindows("incremental", startsPerMinute.incremental, grid.start, span),
  ];
  const pileUps = windows
    .map((w) => pileUpOf(input, grid, w, canSpread[w.kind]))
    .sort((a, b) => b.caches.length - a.caches.length || a.at - b.at);
  const sum = (a: ArrayLike<number>) => {
    let s = 0;
    for (let i = 0; i < a.length; i++) s += a[i]!;
    return s;
  };
  return {
    grid,
    full,
    incremental,
    peak,
    rows,
    pileUps,
    totals: { full: sum(full), incremental: sum(incremental), peak: top, peakAt: topAt, rows: sum(rows) },
  };
}

/** The caches of one window: a walk over the caches for those ten minutes only. */
function pileUpOf(input: MapInput, grid: MapGrid, window: PileUpWindow, canSpread: Uint8Array): PileUp {
  const caches: number[] = [];
  const starts: number[] = [];
  const narrow: MapGrid = {
    ...grid,
    from: Math.max(grid.from, window.at),
    to: Math.min(grid.to, window.at + PILE_UP_WINDOW_MS),
  };
  forEachRunOf(input, narrow, (cache, kind, start) => {
    if (kind !== window.kind || !canSpread[cache]) return;
    caches.push(cache);
    starts.push(start);
  });
  const order = starts.map((_, i) => i).sort((a, b) => starts[a]! - starts[b]!);
  return {
    kind: window.kind,
    at: window.at,
    caches: order.map((i) => caches[i]!),
    starts: order.map((i) => starts[i]!),
    text: pileUpText(window.kind, caches.length, window.at, grid.view !== "next-24h"),
  };
}

export type CellRun = { cache: number; kind: RunKind; start: number; end: number };

/** The runs that start in one cell, for the cell's detail (walks the caches again, only for that cell). */
export function runsInCell(input: MapInput, grid: MapGrid, index: number): CellRun[] {
  const from = grid.start + index * grid.slotMs;
  const to = from + grid.slotMs;
  const runs: CellRun[] = [];
  const narrow: MapGrid = { ...grid, from: Math.max(grid.from, from), to: Math.min(grid.to, to) };
  if (narrow.from >= narrow.to) return runs;
  forEachRunOf(input, narrow, (cache, kind, start, end) => runs.push({ cache, kind, start, end }));
  return runs.sort((a, b) => a.start - b.start);
}

/** For the table view: the distinct caches starting in each cell, in one pass over the runs. */
export function cachesByCell(input: MapInput, grid: MapGrid): number[][] {
  const cells: number[][] = Array.from({ length: slotCount(grid) }, () => []);
  forEachRunOf(input, grid, (cache, _kind, start) => {
    const list = cells[Math.floor((start - grid.start) / grid.slotMs)];
    if (list && list.at(-1) !== cache && !list.includes(cache)) list.push(cache);
  });
  return cells;
}
