import type { MapView } from "./types";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** The cells of one view: `rows` × `cols` slots of `slotMs` from `start`; only [from, to) is filled. */
export type MapGrid = {
  view: MapView;
  start: number;
  slotMs: number;
  rows: number;
  cols: number;
  from: number;
  to: number;
  projected: boolean;
};

const floorTo = (t: number, unit: number) => Math.floor(t / unit) * unit;

/** Times are UTC: one row per hour (10-minute cells) for 24 hours, one row per day (hour cells) otherwise. */
export function gridOf(view: MapView, now: number): MapGrid {
  if (view === "next-24h") {
    const start = floorTo(now, HOUR);
    return {
      view,
      start,
      slotMs: 10 * MINUTE,
      rows: 24,
      cols: 6,
      from: now,
      to: start + DAY,
      projected: true,
    };
  }
  if (view === "next-7d") {
    const start = floorTo(now, DAY);
    return { view, start, slotMs: HOUR, rows: 8, cols: 24, from: now, to: now + 7 * DAY, projected: true };
  }
  const start = floorTo(now, DAY) - 13 * DAY;
  return { view, start, slotMs: HOUR, rows: 14, cols: 24, from: start, to: now, projected: false };
}

export const slotCount = (grid: MapGrid) => grid.rows * grid.cols;
export const slotStart = (grid: MapGrid, index: number) => grid.start + index * grid.slotMs;

const pad = (n: number) => String(n).padStart(2, "0");
const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

export const clockUtc = (t: number) => {
  const d = new Date(t);
  return `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
};
export const dayUtc = (t: number) => {
  const d = new Date(t);
  return `${WEEKDAYS[d.getUTCDay()]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`;
};
/** "Tue 1 Dec 02:00 UTC" */
export const momentUtc = (t: number) => `${dayUtc(t)} ${clockUtc(t)} UTC`;

export function rowLabel(grid: MapGrid, row: number): string {
  const t = grid.start + row * grid.cols * grid.slotMs;
  return grid.view === "next-24h" ? clockUtc(t) : dayUtc(t);
}

export function colLabel(grid: MapGrid, col: number): string {
  return grid.view === "next-24h" ? `:${pad(col * 10)}` : pad(col);
}
