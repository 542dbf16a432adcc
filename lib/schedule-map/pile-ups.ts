import type { RunKind } from "@/lib/types";

import { clockUtc, dayUtc } from "./grid";

/** Starts within this span of each other count as starting together. */
export const PILE_UP_WINDOW_MS = 10 * 60_000;
/** At least this many caches, and this many times what an even spread would put in the window. */
export const PILE_UP_MIN_CACHES = 3;
export const PILE_UP_FACTOR = 3;

export type PileUp = {
  kind: RunKind;
  /** The first start, to the minute: every run of the pile-up starts within the window after it. */
  at: number;
  last: number;
  caches: number[];
  /** When each of those caches starts, in the same order. */
  starts: number[];
  text: string;
};

const KIND_PLURAL: Record<RunKind, string> = { full: "full refreshes", incremental: "incremental syncs" };

export function pileUpText(kind: RunKind, count: number, at: number, withDay: boolean): string {
  const when = withDay ? `${dayUtc(at)} ${clockUtc(at)}` : clockUtc(at);
  return `${count} ${KIND_PLURAL[kind]} start within ${PILE_UP_WINDOW_MS / 60_000} minutes of ${when} UTC`;
}

/**
 * Groups of starts of one kind that come together far more than an even spread over [from, to) would put them:
 * the busiest window first, then the busiest among the starts left, never counting a start twice.
 * `starts` and `caches` are parallel: start time and cache index of each run.
 */
export function findPileUps(
  kind: RunKind,
  starts: readonly number[],
  caches: readonly number[],
  from: number,
  to: number,
  withDay: boolean,
): PileUp[] {
  const n = starts.length;
  if (n < PILE_UP_MIN_CACHES) return [];
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => starts[a]! - starts[b]!);
  const even = (n * PILE_UP_WINDOW_MS) / Math.max(1, to - from);
  const needed = Math.max(PILE_UP_MIN_CACHES, Math.ceil(PILE_UP_FACTOR * even));
  const ends = new Int32Array(n);
  const candidates: number[] = [];
  let j = 0;
  for (let i = 0; i < n; i++) {
    if (j < i) j = i;
    while (j + 1 < n && starts[order[j + 1]!]! - starts[order[i]!]! <= PILE_UP_WINDOW_MS) j++;
    ends[i] = j;
    if (j - i + 1 >= needed) candidates.push(i);
  }
  candidates.sort((a, b) => ends[b]! - b - (ends[a]! - a) || a - b);
  const used = new Uint8Array(n);
  const found: PileUp[] = [];
  for (const i of candidates) {
    let free = 0;
    for (let k = i; k <= ends[i]!; k++) if (!used[k]) free++;
    if (free < needed) continue;
    const members: number[] = [];
    const times: number[] = [];
    let last = 0;
    for (let k = i; k <= ends[i]!; k++) {
      if (used[k]) continue;
      used[k] = 1;
      members.push(caches[order[k]!]!);
      last = starts[order[k]!]!;
      times.push(last);
    }
    const at = Math.floor(starts[order[i]!]! / 60_000) * 60_000;
    found.push({
      kind,
      at,
      last,
      caches: members,
      starts: times,
      text: pileUpText(kind, members.length, at, withDay),
    });
  }
  return found.sort((a, b) => b.caches.length - a.caches.length || a.at - b.at);
}
