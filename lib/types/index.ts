export type * from "./cache";
export type * from "./catalog";
export type * from "./project";
export { CACHE_STATUSES } from "./cache";
export type * from "./freshness";
