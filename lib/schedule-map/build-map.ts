import type { RunKind } from "@/lib/types";

import { type MapGrid, gridOf, slotCount } from "./grid";
import { intervalMs, scheduleOf } from "./phase";
import { findPileUps, PILE_UP_WINDOW_MS, type PileUp } from "./pile-ups";
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
  const kinds = input.kinds ?? ["full", "incremental"];
  const keep: RunVisitor = (c, kind, start, end, rows) => {
    if (kinds.includes(kind)) visit(c, kind, start, end, rows);
  };
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
  const starts: Record<RunKind, number[]> = { full: [], incremental: [] };
  const owners: Record<RunKind, number[]> = { full: [], incremental: [] };
  // Frequent schedules start every few minutes anyway; a pile-up is about runs a move could spread.
  const spreadable = (c: number, kind: RunKind) =>
    (intervalMs(scheduleOf(input.caches[c]!.schedules, kind)) ?? Infinity) >= 2 * PILE_UP_WINDOW_MS ||
    !grid.projected;

  forEachRunOf(input, grid, (c, kind, start, end, runRows) => {
    const cell = Math.floor((start - grid.start) / grid.slotMs);
    if (cell < 0 || cell >= cells) return;
    (kind === "full" ? full : incremental)[cell]!++;
    rows[cell]! += runRows;
    const first = Math.floor((start - grid.start) / MINUTE);
    const last = Math.min(minutes - 1, Math.floor((Math.max(end, start + 1) - 1 - grid.start) / MINUTE));
    diff[first]!++;
    diff[last + 1]!--;
    if (spreadable(c, kind)) {
      starts[kind].push(start);
      owners[kind].push(c);
    }
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
  const withDay = grid.view !== "next-24h";
  const pileUps = [
    ...findPileUps("full", starts.full, owners.full, grid.from, grid.to, withDay),
    ...findPileUps("incremental", starts.incremental, owners.incremental, grid.from, grid.to, withDay),
  ].sort((a, b) => b.caches.length - a.caches.length || a.at - b.at);
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
