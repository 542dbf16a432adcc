export {
  buildScheduleMap,
  cachesByCell,
  isInRange,
  runsInCell,
  type CellRun,
  type MapInput,
  type ScheduleMap,
} from "./build-map";
export {
  clockUtc,
  colLabel,
  dayUtc,
  gridOf,
  momentUtc,
  rowLabel,
  slotCount,
  slotStart,
  type MapGrid,
} from "./grid";
export {
  DEFAULT_MAP_STATE,
  filterCaches,
  readMapState,
  writeMapState,
  type MapMetric,
  type MapState,
} from "./map-state";
export { MOVE_EXPLAINED, planMove, type MovePlan } from "./moves";
export { cacheTiming, derivePhase, intervalMs, median } from "./phase";
export { PILE_UP_WINDOW_MS, type PileUp } from "./pile-ups";
export type * from "./types";
