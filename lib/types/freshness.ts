export const FRESHNESS_STATES = ["fresh", "warn", "error", "no-data"] as const;
export type FreshnessState = (typeof FRESHNESS_STATES)[number];

/** Where a cache's target comes from: set on it, the project default, or derived from its schedules. */
export type TargetSource = "cache" | "project" | "derived";

/** Warn after / error after, ISO-8601 durations read by the schedule parser. */
export type FreshnessTarget = { warnAfter: string; errorAfter: string; source: TargetSource };
