import type { RunKind } from "@/lib/types";

import { clockUtc, dayUtc } from "./grid";

/** Starts within this span of each other count as starting together. */
export const PILE_UP_WINDOW_MS = 10 * 60_000;
/** At least this many caches, and this many times what an even spread would put in the window. */
export const PILE_UP_MIN_CACHES = 3;
export const PILE_UP_FACTOR = 3;
/** The page lists a handful; more would say nothing new. */
export const MAX_PILE_UPS = 20;

const MINUTE = 60_000;
const WINDOW = PILE_UP_WINDOW_MS / MINUTE;

export type PileUp = {
  kind: RunKind;
  /** The first start, to the minute: every run of the pile-up starts in the window after it. */
  at: number;
  caches: number[];
  /** When each of those caches starts, in the same order. */
  starts: number[];
  text: string;
};

/** A window found in the per-minute counts, before its caches are looked up. */
export type PileUpWindow = { kind: RunKind; at: number; count: number };

const KIND_PLURAL: Record<RunKind, string> = { full: "full refreshes", incremental: "incremental syncs" };

export function pileUpText(kind: RunKind, count: number, at: number, withDay: boolean): string {
  const when = withDay ? `${dayUtc(at)} ${clockUtc(at)}` : clockUtc(at);
  return `${count} ${KIND_PLURAL[kind]} start within ${WINDOW} minutes of ${when} UTC`;
}

/**
 * Windows of 10 whole minutes where starts of one kind come together far more than an even spread over the view
 * would put them: the busiest first, then the busiest among the minutes left, never counting a minute twice.
 * Works on per-minute counts (`perMinute[m]` = starts in minute m after `base`), so a week of a large project is a
 * few thousand additions, not a sort of every run.
 */
export function findPileUpWindows(
  kind: RunKind,
  perMinute: Int32Array,
  base: number,
  span: { from: number; to: number },
): PileUpWindow[] {
  const counts = perMinute.slice();
  let total = 0;
  for (let m = 0; m < counts.length; m++) total += counts[m]!;
  const even = (total * PILE_UP_WINDOW_MS) / Math.max(1, span.to - span.from);
  const needed = Math.max(PILE_UP_MIN_CACHES, Math.ceil(PILE_UP_FACTOR * even));
  const found: PileUpWindow[] = [];
  while (found.length < MAX_PILE_UPS) {
    let best = -1;
    let bestSum = 0;
    let sum = 0;
    for (let m = 0; m < counts.length; m++) {
      sum += counts[m]!;
      if (m >= WINDOW) sum -= counts[m - WINDOW]!;
      if (sum > bestSum) {
        bestSum = sum;
        best = m - WINDOW + 1;
      }
    }
    if (bestSum < needed) break;
    let first = Math.max(0, best);
    while (counts[first] === 0) first++;
    let count = 0;
    for (let m = first; m < Math.min(counts.length, first + WINDOW); m++) {
      count += counts[m]!;
      counts[m] = 0;
    }
    found.push({ kind, at: base + first * MINUTE, count });
  }
  return found;
}
