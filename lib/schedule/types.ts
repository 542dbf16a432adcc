import type { Schedules } from "@/lib/types/schedules";

export type DurationParseSuccess = { ok: true; seconds: bigint; nanos: number };

export type DurationParseFailure = { ok: false; error: string; hint?: string; suggestion?: string };

export type DurationParseResult = DurationParseSuccess | DurationParseFailure;

export type ScheduleInputResult =
  { ok: true; iso: string; seconds: bigint; nanos: number; words: string } | DurationParseFailure;

/** The console's `Schedules`, read leniently: null, undefined or "" means the schedule is off (Peaka type NONE). */
export type ScheduleExpressions = Partial<Schedules>;

export type ScheduleField = "incremental" | "fullRefresh";

export type PolicyIssueCode = "invalid" | "not-positive" | "below-minimum" | "incremental-not-shorter";

export type PolicyIssue = { field: ScheduleField; code: PolicyIssueCode; message: string };

export type PolicyErrors = Partial<Record<ScheduleField, string>>;

export type PolicyOptions = { minimumSeconds?: number };

export type CacheMode = "one-time" | "incremental" | "full-only" | "full-and-incremental";

export type RunKind = "initial-full" | "initial-incremental" | "full" | "incremental";

export type CadenceRun = { at: Date; kind: RunKind };

export type CadenceSchedule = ScheduleExpressions & { createdAt: Date };

export type CadenceInput = CadenceSchedule & { from: Date; to: Date; maxRuns?: number };

export type CadenceResult = { runs: CadenceRun[]; truncated: boolean };

export type RunsPerDay = { full: number; incremental: number };
