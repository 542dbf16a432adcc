export { cacheModeOf, describeSchedules } from "./describe";
export { computeCadence, DEFAULT_MAX_RUNS, nextRuns, runsPerDay } from "./cadence";
export { describeDuration, parseScheduleInput } from "./human-input";
export { formatIsoDuration, parseIsoDuration } from "./iso-duration";
export { checkSchedulePolicy, DEFAULT_MINIMUM_SECONDS, schedulePolicyErrors } from "./policy";
export type * from "./types";
