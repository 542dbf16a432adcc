import { floorDiv } from "./duration-math";
import { positiveInterval } from "./schedule-expression";
import type { CadenceInput, CadenceResult, CadenceRun, CadenceSchedule, RunKind, RunsPerDay } from "./types";

const NS_PER_MS = 1_000_000n;
const NS_PER_DAY = 86_400_000_000_000n;
/** Bounds memory and time whatever the caller asks for. */
export const DEFAULT_MAX_RUNS = 100_000;
export const HARD_MAX_RUNS = 1_000_000;
const LATEST_DATE_MS = 8.64e15;

type ScheduleLike = Pick<CadenceSchedule, "incremental" | "fullRefresh">;

const validMs = (date: Date): number | null => {
  const ms = date instanceof Date ? date.getTime() : Number.NaN;
  return Number.isFinite(ms) ? ms : null;
};

const clampCount = (value: number | undefined, fallback: number): number =>
  value === undefined || Number.isNaN(value)
    ? fallback
    : Math.min(HARD_MAX_RUNS, Math.max(0, Math.floor(value)));

const ceilDiv = (a: bigint, b: bigint): bigint => (a > 0n ? (a + b - 1n) / b : -(-a / b));

type Window = { created: bigint; fromOffset: bigint; toOffset: bigint; limit: number };

/** Epoch nanoseconds of runs k = 1, 2, … of one schedule that fall in [from, to), at most `limit`. */
function streamNanos(interval: bigint | null, { created, fromOffset, toOffset, limit }: Window): bigint[] {
  if (interval === null || toOffset <= 0n) return [];
  const k = ceilDiv(fromOffset, interval);
  const times: bigint[] = [];
  const end = created + toOffset;
  for (let at = created + (k < 1n ? 1n : k) * interval; at < end && times.length < limit; at += interval) {
    times.push(at);
  }
  return times;
}

// The same in epoch milliseconds. Whole-millisecond intervals (every real schedule) take this path: plain numbers are exact for any epoch
// millisecond a Date can hold, and far faster than BigInt for long windows.
function streamMillis(interval: bigint | null, { created, fromOffset, toOffset, limit }: Window): number[] {
  if (interval === null || toOffset <= 0n) return [];
  const k = ceilDiv(fromOffset, interval);
  const first = created + (k < 1n ? 1n : k) * interval;
  const end = Number((created + toOffset) / NS_PER_MS);
  const step = Number(interval / NS_PER_MS);
  const times: number[] = [];
  for (let at = Number(first / NS_PER_MS); at < end && times.length < limit; at += step) times.push(at);
  return times;
}

function mergeRuns<T extends number | bigint>(
  runs: CadenceRun[],
  full: T[],
  inc: T[],
  toDate: (t: T) => Date,
  max: number,
) {
  let i = 0;
  let j = 0;
  while (runs.length <= max && (i < full.length || j < inc.length)) {
    const f = full[i];
    const n = inc[j];
    if (f !== undefined && (n === undefined || f <= n)) {
      if (n === f) j += 1;
      runs.push({ at: toDate(f), kind: "full" });
      i += 1;
    } else if (n !== undefined) {
      runs.push({ at: toDate(n), kind: "incremental" });
      j += 1;
    }
  }
}

function initialKind(schedule: CadenceSchedule): RunKind {
  const full = positiveInterval(schedule.fullRefresh);
  const incremental = positiveInterval(schedule.incremental);
  return full === null && incremental !== null ? "initial-incremental" : "initial-full";
}

/**
 * Runs of a cache in the window [from, to): the initial load at creation, then every interval after
 * creation for each schedule, a full refresh superseding an incremental run at the same instant.
 * Invalid, zero or negative intervals produce no recurring runs; `truncated` says maxRuns cut the list.
 */
export function computeCadence(input: CadenceInput): CadenceResult {
  const createdMs = validMs(input.createdAt);
  const fromMs = validMs(input.from);
  const toMs = validMs(input.to);
  const maxRuns = clampCount(input.maxRuns, DEFAULT_MAX_RUNS);
  if (createdMs === null || fromMs === null || toMs === null || toMs <= fromMs) {
    return { runs: [], truncated: false };
  }
  const created = BigInt(Math.floor(createdMs)) * NS_PER_MS;
  const fromOffset = BigInt(Math.floor(fromMs)) * NS_PER_MS - created;
  const toOffset = BigInt(Math.floor(toMs)) * NS_PER_MS - created;
  const candidates: CadenceRun[] = [];
  if (fromOffset <= 0n && toOffset > 0n)
    candidates.push({ at: new Date(createdMs), kind: initialKind(input) });
  const window: Window = { created, fromOffset, toOffset, limit: maxRuns + 1 };
  const fullInterval = positiveInterval(input.fullRefresh);
  const incInterval = positiveInterval(input.incremental);
  const wholeMs = [fullInterval, incInterval].every(
    (interval) => interval === null || interval % NS_PER_MS === 0n,
  );
  if (wholeMs) {
    const toDate = (ms: number) => new Date(ms);
    mergeRuns(
      candidates,
      streamMillis(fullInterval, window),
      streamMillis(incInterval, window),
      toDate,
      maxRuns,
    );
  } else {
    const toDate = (ns: bigint) => new Date(Number(floorDiv(ns, NS_PER_MS)));
    mergeRuns(
      candidates,
      streamNanos(fullInterval, window),
      streamNanos(incInterval, window),
      toDate,
      maxRuns,
    );
  }
  const truncated = candidates.length > maxRuns;
  return { runs: truncated ? candidates.slice(0, maxRuns) : candidates, truncated };
}

/** The next `count` runs at or after `now` (the initial load counts if it is still ahead or exactly now). */
export function nextRuns(schedule: CadenceSchedule, now: Date, count: number): CadenceRun[] {
  const maxRuns = clampCount(count, 0);
  if (maxRuns === 0) return [];
  const { createdAt, incremental, fullRefresh } = schedule;
  const to = new Date(LATEST_DATE_MS);
  return computeCadence({ createdAt, incremental, fullRefresh, from: now, to, maxRuns }).runs;
}

const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? a : gcd(b, a % b));

/** Steady-state runs per day of each kind, after incremental runs swallowed by full refreshes. */
export function runsPerDay(schedule: ScheduleLike): RunsPerDay {
  const full = positiveInterval(schedule.fullRefresh);
  const incremental = positiveInterval(schedule.incremental);
  const perDay = (interval: bigint | null) => (interval === null ? 0 : Number(NS_PER_DAY) / Number(interval));
  let incrementalPerDay = perDay(incremental);
  if (incremental !== null && full !== null) {
    const lcm = (incremental / gcd(incremental, full)) * full;
    incrementalPerDay -= perDay(lcm);
  }
  return { full: perDay(full), incremental: incrementalPerDay };
}
