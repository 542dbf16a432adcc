import { CACHE_STATUSES, type CacheMode, type CacheStatusValue } from "@/lib/types";

import type { MapCache, MapView } from "./types";

export const MAP_VIEWS: readonly MapView[] = ["next-24h", "next-7d", "past-14d"];
export const MAP_METRICS = ["starts", "concurrency", "rows"] as const;
export type MapMetric = (typeof MAP_METRICS)[number];
export const CACHE_MODES: readonly CacheMode[] = [
  "full-and-incremental",
  "full-only",
  "incremental",
  "one-time",
];

/** The page's state in the URL: view, metric, filters, and the table view. */
export type MapState = {
  view: MapView;
  metric: MapMetric;
  catalog: string;
  mode: CacheMode | "";
  state: CacheStatusValue | "";
  table: boolean;
};

export const DEFAULT_MAP_STATE: MapState = {
  view: "next-24h",
  metric: "starts",
  catalog: "",
  mode: "",
  state: "",
  table: false,
};

const pick = <T extends string>(allowed: readonly T[], value: string | null, fallback: T): T =>
  (allowed as readonly string[]).includes(value ?? "") ? (value as T) : fallback;

/** Anything unrecognised falls back to the default, so an edited URL still shows a map. */
export function readMapState(params: URLSearchParams): MapState {
  return {
    view: pick(MAP_VIEWS, params.get("view"), DEFAULT_MAP_STATE.view),
    metric: pick(MAP_METRICS, params.get("metric"), DEFAULT_MAP_STATE.metric),
    catalog: (params.get("catalog") ?? "").slice(0, 200),
    mode: pick<CacheMode | "">(CACHE_MODES, params.get("mode"), ""),
    state: pick<CacheStatusValue | "">(CACHE_STATUSES, params.get("state"), ""),
    table: params.get("as") === "table",
  };
}

export function writeMapState(state: MapState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.view !== DEFAULT_MAP_STATE.view) params.set("view", state.view);
  if (state.metric !== DEFAULT_MAP_STATE.metric) params.set("metric", state.metric);
  if (state.catalog) params.set("catalog", state.catalog);
  if (state.mode) params.set("mode", state.mode);
  if (state.state) params.set("state", state.state);
  if (state.table) params.set("as", "table");
  return params;
}

export function filterCaches(caches: readonly MapCache[], state: MapState): MapCache[] {
  return caches.filter(
    (c) =>
      (!state.catalog || c.catalogId === state.catalog) &&
      (!state.mode || c.mode === state.mode) &&
      (!state.state || c.status === state.state),
  );
}
