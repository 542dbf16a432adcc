import { formatIsoDuration } from "@/lib/schedule/iso-format";
import type { Schedules, TargetLines } from "@/lib/types";

import { formatAge } from "./format-age";
import type { DurationStats, RunDurations } from "./run-durations";
import { durationMs } from "./target";

/** How a schedule stands against a target: under the warn line, under the error line only, or past both. */
export type TargetFit = "warn" | "error" | "neither";

export type Outlook = {
  /** The oldest the data should get: the shortest interval plus the slowest usual run. */
  worstAgeMs: number;
  /** With one failed run in a row, one interval more. */
  afterFailureMs: number;
  fits: TargetFit;
  /** "measured" when every scheduled kind has finished runs in the history. */
  basis: "measured" | "assumed";
};

export type ScheduleProposal = Outlook & { schedules: Schedules; reasons: string[] };

export type ProposalInput = {
  target: TargetLines;
  durations: RunDurations;
  minimumSeconds: number;
  /** False on a table that supports full refreshes only: the proposal is a full refresh schedule. */
  incrementalAllowed: boolean;
  /** "Rebuild fully every …": kept when it runs less often than the proposed incremental. */
  fullRefresh: string | null;
};

// Intervals people read at a glance, the shortest first; the proposal takes the longest that meets the target.
const STEPS_S = [
  1, 2, 5, 10, 15, 20, 30, 45, 60, 120, 300, 600, 900, 1200, 1800, 2700, 3600, 7200, 10_800, 14_400, 21_600,
  28_800, 43_200, 86_400, 172_800, 604_800,
];

const iso = (ms: number) => formatIsoDuration(BigInt(Math.round(ms / 1000)), 0);

/** Without finished runs to measure, a run is assumed to take up to a quarter of the warn line. */
export const assumedRunMs = (target: TargetLines) => Math.round(target.warnMs / 4);

function slackOf(stats: (DurationStats | null)[], target: TargetLines) {
  const known = stats.filter((s): s is DurationStats => s !== null);
  const slackMs = Math.max(
    0,
    ...known.map((s) => s.p95Ms),
    known.length < stats.length ? assumedRunMs(target) : 0,
  );
  return { slackMs, basis: known.length === stats.length ? ("measured" as const) : ("assumed" as const) };
}

const fitOf = (ageMs: number, target: TargetLines): TargetFit =>
  ageMs < target.warnMs ? "warn" : ageMs < target.errorMs ? "error" : "neither";

/**
 * The data age a schedule gives: Peaka does not say whether an interval counts from a run's start or its end, so
 * the console allows for the longer (the next success ends up to an interval plus a run time after the last).
 * Null for a one-time copy, whose age only grows.
 */
export function scheduleOutlook(
  schedules: Schedules,
  durations: RunDurations,
  target: TargetLines,
): Outlook | null {
  const incremental = durationMs(schedules.incremental);
  const full = durationMs(schedules.fullRefresh);
  const intervals = [incremental, full].filter((ms): ms is number => ms !== null);
  if (intervals.length === 0) return null;
  const every = Math.min(...intervals);
  const { slackMs, basis } = slackOf(
    [
      incremental === null ? undefined : durations.incremental,
      full === null ? undefined : durations.full,
    ].filter((s) => s !== undefined),
    target,
  );
  const worstAgeMs = every + slackMs;
  return { worstAgeMs, afterFailureMs: worstAgeMs + every, fits: fitOf(worstAgeMs, target), basis };
}

/** The longest step that keeps `budgetMs`, never below the minimum (then the target cannot be met). */
function intervalWithin(budgetMs: number, minimumMs: number): number {
  const fitting = STEPS_S.map((s) => s * 1000).filter((ms) => ms >= minimumMs && ms <= budgetMs);
  return fitting.at(-1) ?? minimumMs;
}

// Runs are often shorter than the seconds a data age is read in: "0.3 s", not "0 s".
const runTime = (ms: number) => (ms < 10_000 ? `${(ms / 1000).toFixed(1)} s` : formatAge(ms));

function runTimes(what: string, stats: DurationStats | null): string | null {
  if (!stats) return null;
  const of = `95th percentile of ${stats.count} ${stats.count === 1 ? "run" : "runs"}`;
  // "0.0 s (median)" reads like a fault; a second is the finest people need here.
  if (stats.p95Ms < 1000) return `${what} take under a second (${of}).`;
  return `${what} take ${runTime(stats.medianMs)} (median) and up to ${runTime(stats.p95Ms)} (${of}).`;
}

/** The schedule that keeps the data under the warn line, with the reasons in words. */
export function proposeSchedules(input: ProposalInput): ScheduleProposal {
  const { target, durations, incrementalAllowed } = input;
  const minimumMs = Math.max(1000, Math.ceil(input.minimumSeconds) * 1000);
  const wantedFull = incrementalAllowed ? durationMs(input.fullRefresh) : null;
  const measured = incrementalAllowed
    ? [durations.incremental, ...(wantedFull === null ? [] : [durations.full])]
    : [durations.full];
  const { slackMs, basis } = slackOf(measured, target);
  const every = intervalWithin(target.warnMs - slackMs, minimumMs);
  const reasons: string[] = [];
  let schedules: Schedules;
  if (incrementalAllowed) {
    let full: number | null = wantedFull;
    if (full !== null && full <= every) {
      full = STEPS_S.map((s) => s * 1000).find((ms) => ms > every) ?? every * 2;
      reasons.push(`Full refresh every ${formatAge(full)}: it must run less often than the incremental.`);
    }
    schedules = { incremental: iso(every), fullRefresh: full === null ? null : iso(full) };
  } else {
    schedules = { incremental: null, fullRefresh: iso(every) };
  }
  const outlook = scheduleOutlook(schedules, durations, target) ?? {
    worstAgeMs: Infinity,
    afterFailureMs: Infinity,
    fits: "neither" as const,
    basis,
  };
  const kind = incrementalAllowed ? "Incremental" : "Full refresh";
  const times = [
    runTimes(incrementalAllowed ? "Incremental syncs here" : "Full refreshes here", measured[0] ?? null),
    incrementalAllowed && wantedFull !== null ? runTimes("Full refreshes", durations.full) : null,
  ].filter((s): s is string => s !== null);
  if (basis === "assumed")
    times.push(
      `Without finished runs to measure, a run is assumed to take up to ${formatAge(assumedRunMs(target))} (a quarter of the warn line); propose again after a few runs.`,
    );
  const warn = formatAge(target.warnMs);
  const worst = formatAge(outlook.worstAgeMs);
  const head =
    outlook.fits === "warn"
      ? `${kind} every ${formatAge(every)}: the data should be at most about ${worst} old (an interval plus the slowest usual run), under the warn line of ${warn}.`
      : `The shortest interval allowed is ${formatAge(minimumMs)}: even with it the data can reach ${worst}, past the warn line of ${warn}${outlook.fits === "error" ? ` but under the error line of ${formatAge(target.errorMs)}` : ` and the error line of ${formatAge(target.errorMs)}`}. Loosen the target or make the runs shorter.`;
  return {
    ...outlook,
    schedules,
    reasons: [
      head,
      ...times,
      ...reasons,
      `One failed run lets it reach about ${formatAge(outlook.afterFailureMs)}.`,
    ],
  };
}

/** "With these schedules the data can reach about 57 min: under the warn line (1 h)." */
export function describeOutlook(outlook: Outlook | null, target: TargetLines): string {
  if (!outlook)
    return `With no schedule the data only gets older: it passes the warn line (${formatAge(target.warnMs)}) ${formatAge(target.warnMs)} after each run by hand.`;
  const reach = `With these schedules the data can reach about ${formatAge(outlook.worstAgeMs)}`;
  if (outlook.fits === "warn") return `${reach}: under the warn line (${formatAge(target.warnMs)}).`;
  const past = `${reach}: past the warn line (${formatAge(target.warnMs)})`;
  return outlook.fits === "error"
    ? `${past}, though under the error line (${formatAge(target.errorMs)}). These schedules cannot keep it fresh.`
    : `${past} and the error line (${formatAge(target.errorMs)}). These schedules cannot meet the target.`;
}
