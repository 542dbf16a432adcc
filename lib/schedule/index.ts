export { describeSchedules } from "./describe";
export { DEFAULT_MINIMUM_SECONDS } from "./minimum";
export { cacheModeOf } from "./mode";
export { computeCadence, DEFAULT_MAX_RUNS, nextRuns, runsPerDay } from "./cadence";
export { describeDuration, parseScheduleInput } from "./human-input";
export { formatIsoDuration, parseIsoDuration } from "./iso-duration";
export { checkSchedulePolicy, schedulePolicyErrors } from "./policy";
export type * from "./types";
