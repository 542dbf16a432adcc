/**
 * The console's one shape for a cache's two schedules: each an ISO-8601 duration (as `java.time.Duration.parse`
 * reads it, e.g. "PT6H"), or null when that schedule is off. The vendor's `{type, expression}` objects exist only
 * inside lib/server/peaka/ and lib/partner-api/.
 */
export type Schedules = { incremental: string | null; fullRefresh: string | null };

export const NO_SCHEDULES: Schedules = { incremental: null, fullRefresh: null };
