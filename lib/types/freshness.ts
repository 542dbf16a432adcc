export const FRESHNESS_STATES = ["fresh", "warn", "error", "no-data"] as const;
export type FreshnessState = (typeof FRESHNESS_STATES)[number];

/** Where a cache's target comes from: set on it, the project default, or derived from its schedules. */
export type TargetSource = "cache" | "project" | "derived";

/** Warn after / error after, ISO-8601 durations read by the schedule parser. */
export type FreshnessTarget = {
  warnAfter: string;
  errorAfter: string;
  /** The same lines in milliseconds, worked out on the server so pages need no duration parser. */
  warnMs: number;
  errorMs: number;
  source: TargetSource;
};

/** The lines as numbers: all that judging an age needs. */
export type TargetLines = Pick<FreshnessTarget, "warnMs" | "errorMs">;
