import type { TargetLines } from "@/lib/types";

import type { Outlook } from "./propose-schedule";

/** A corner of the predicted data-age curve: `atMs` after a successful run ended, the data is `ageMs` old. */
export type AgePoint = { atMs: number; ageMs: number };

export type PredictedCurve = {
  points: AgePoint[];
  /** Where the tooth with one failed run starts, or null when there is no schedule (the age only grows). */
  failureAtMs: number | null;
};

/**
 * The sawtooth a schedule's outlook predicts, from the end of a successful run over `spanMs`: the age climbs to the
 * outlook's worst age and drops to zero as the next run ends, and the last tooth carries one failed run (it
 * climbs to the outlook's after-failure age). Without a schedule the age only grows.
 */
export function predictedAgeCurve(outlook: Outlook | null, spanMs: number): PredictedCurve {
  if (!drawable(outlook)) return { points: [at(0, 0), at(spanMs, spanMs)], failureAtMs: null };
  const tooth = outlook.worstAgeMs;
  const teeth = Math.max(0, Math.floor((spanMs - outlook.afterFailureMs) / tooth));
  const points: AgePoint[] = [at(0, 0)];
  for (let i = 1; i <= teeth; i++) points.push(at(i * tooth, tooth), at(i * tooth, 0));
  const failureAtMs = teeth * tooth;
  const end = Math.min(spanMs, failureAtMs + outlook.afterFailureMs);
  points.push(at(end, end - failureAtMs));
  if (end < spanMs) points.push(at(end, 0), at(spanMs, spanMs - end));
  return { points, failureAtMs };
}

/**
 * Long enough for two ordinary teeth and the failed run of the schedule with the shortest teeth (a slower one is
 * seen climbing past the lines), and for one and a half times the error line.
 */
export function predictionSpan(outlooks: readonly (Outlook | null)[], target: TargetLines): number {
  const spans = outlooks.filter(drawable).map((o) => 2 * o.worstAgeMs + o.afterFailureMs);
  return Math.max(target.errorMs * 1.5, spans.length > 0 ? Math.min(...spans) : 0);
}

const NICE_S = [
  1, 2, 5, 10, 15, 20, 30, 45, 60, 120, 300, 600, 900, 1200, 1800, 2700, 3600, 7200, 10_800, 14_400, 21_600,
  28_800, 43_200, 86_400, 172_800, 259_200, 604_800, 1_209_600,
];

/**
 * The top of the age axis: a quarter above the error line, or higher for the lowest curve's peak, rounded up to
 * a step people read at a glance. A curve that climbs higher leaves the chart at the top.
 */
export function ageAxisTop(curves: readonly PredictedCurve[], target: TargetLines): number {
  const peaks = curves.map((c) => Math.max(...c.points.map((p) => p.ageMs)));
  const wanted = Math.max(target.errorMs * 1.25, peaks.length > 0 ? Math.min(...peaks) * 1.05 : 0);
  return (NICE_S.find((s) => s * 1000 >= wanted) ?? wanted / 1000) * 1000;
}

// An outlook without a finite age (no schedule to speak of) is drawn as no schedule: the age only grows.
function drawable(outlook: Outlook | null): outlook is Outlook {
  return outlook !== null && outlook.worstAgeMs > 0 && Number.isFinite(outlook.afterFailureMs);
}

function at(atMs: number, ageMs: number): AgePoint {
  return { atMs, ageMs };
}
