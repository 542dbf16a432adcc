import { splitNanos } from "./duration-math";
import { describeDuration } from "./human-input";
import { formatIsoDuration } from "./iso-duration";
import { DEFAULT_MINIMUM_SECONDS } from "./minimum";
import { readSchedule } from "./schedule-expression";
import type { PolicyErrors, PolicyIssue, PolicyOptions, ScheduleExpressions, ScheduleField } from "./types";


const LABELS: Record<ScheduleField, string> = {
  incremental: "Incremental sync",
  fullRefresh: "Full refresh",
};

const words = (totalNanos: bigint): string => {
  const { seconds, nanos } = splitNanos(totalNanos);
  return describeDuration(seconds, nanos);
};

const iso = (totalNanos: bigint): string => {
  const { seconds, nanos } = splitNanos(totalNanos);
  return formatIsoDuration(seconds, nanos);
};

function minimumNanos(options: PolicyOptions): bigint {
  const minimum = options.minimumSeconds;
  if (minimum === undefined || !Number.isFinite(minimum))
    return BigInt(DEFAULT_MINIMUM_SECONDS) * 1_000_000_000n;
  return BigInt(Math.max(0, Math.round(minimum * 1000))) * 1_000_000n;
}

/**
 * Checks schedules beyond the grammar: positive, not shorter than the minimum, and an incremental interval
 * shorter than the full refresh (otherwise full refreshes swallow its runs). An empty list means all good.
 */
export function checkSchedulePolicy(
  schedules: ScheduleExpressions,
  options: PolicyOptions = {},
): PolicyIssue[] {
  const minimum = minimumNanos(options);
  const issues: PolicyIssue[] = [];
  const intervals: Partial<Record<ScheduleField, bigint>> = {};
  for (const field of ["incremental", "fullRefresh"] as const) {
    const reading = readSchedule(schedules[field]);
    const label = LABELS[field];
    if (reading.state === "off") continue;
    if (reading.state === "invalid") {
      const { error, hint } = reading.failure;
      issues.push({ field, code: "invalid", message: `${label}: ${error}${hint ? ` ${hint}` : ""}` });
      continue;
    }
    const interval = reading.totalNanos;
    if (interval <= 0n) {
      const fix =
        interval < 0n ? `write it without the minus sign: ${iso(-interval)}` : `use at least ${iso(minimum)}`;
      const what = interval < 0n ? "is negative" : "is zero, so it would never repeat";
      issues.push({ field, code: "not-positive", message: `${label} interval ${what}: ${fix}.` });
      continue;
    }
    intervals[field] = interval;
    if (interval < minimum) {
      issues.push({
        field,
        code: "below-minimum",
        message: `${label} ${words(interval)} is too frequent: the shortest allowed interval is ${words(minimum).replace(/^every /, "")}, so use ${iso(minimum)} or longer.`,
      });
    }
  }
  const { incremental, fullRefresh } = intervals;
  if (incremental !== undefined && fullRefresh !== undefined && incremental >= fullRefresh) {
    issues.push({
      field: "incremental",
      code: "incremental-not-shorter",
      message: `Incremental sync ${words(incremental)} is not shorter than the full refresh (${words(fullRefresh)}), so full refreshes would swallow its runs: make it shorter than ${iso(fullRefresh)} or turn the incremental sync off.`,
    });
  }
  return issues;
}

/**
 * The schedule policy as the forms and the server actions both apply it: the first problem of each field, or
 * null when the schedules may be saved. The minimum comes from CONSOLE_MIN_INTERVAL on the server.
 */
export function schedulePolicyErrors(
  schedules: ScheduleExpressions,
  minimumSeconds: number,
): PolicyErrors | null {
  const errors: PolicyErrors = {};
  for (const issue of checkSchedulePolicy(schedules, { minimumSeconds }))
    errors[issue.field] ??= issue.message;
  return Object.keys(errors).length > 0 ? errors : null;
}
