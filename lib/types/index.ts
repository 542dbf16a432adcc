export type * from "./cache";
export type * from "./catalog";
export type * from "./project";
export type * from "./schedules";
export { NO_SCHEDULES } from "./schedules";
export { CACHE_STATUSES } from "./cache";
export type * from "./freshness";
