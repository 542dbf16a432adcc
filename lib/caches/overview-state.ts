import { judgeFreshness } from "@/lib/freshness/judge";
import type { CacheStatusValue, CacheSummary, FreshnessState } from "@/lib/types";
import { CACHE_STATUSES } from "@/lib/types";
import { tableLabel } from "@/lib/wizard/table-modes";
import { FRESHNESS_STATES } from "@/lib/types/freshness";

export const SORT_FIELDS = ["table", "status", "lastSync", "rows", "staleness"] as const;
export type SortField = (typeof SORT_FIELDS)[number];

export type OverviewState = {
  q: string;
  status: CacheStatusValue | "";
  /** Filter by freshness state. */
  fresh: FreshnessState | "";
  catalog: string;
  sort: SortField;
  dir: "asc" | "desc";
};

export const DEFAULT_STATE: OverviewState = {
  q: "",
  status: "",
  fresh: "",
  catalog: "",
  sort: "table",
  dir: "asc",
};

/** Reads the overview's filters from URL search params; anything unrecognised falls back to the default. */
export function readOverviewState(params: URLSearchParams): OverviewState {
  const status = params.get("status") ?? "";
  const sort = params.get("sort") ?? "";
  const fresh = params.get("fresh") ?? "";
  return {
    q: (params.get("q") ?? "").slice(0, 200),
    status: (CACHE_STATUSES as readonly string[]).includes(status) ? (status as CacheStatusValue) : "",
    fresh: (FRESHNESS_STATES as readonly string[]).includes(fresh) ? (fresh as FreshnessState) : "",
    catalog: params.get("catalog") ?? "",
    sort: (SORT_FIELDS as readonly string[]).includes(sort) ? (sort as SortField) : DEFAULT_STATE.sort,
    dir: params.get("dir") === "desc" ? "desc" : "asc",
  };
}

export function writeOverviewState(state: OverviewState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set("q", state.q);
  if (state.status) params.set("status", state.status);
  if (state.fresh) params.set("fresh", state.fresh);
  if (state.catalog) params.set("catalog", state.catalog);
  if (state.sort !== DEFAULT_STATE.sort) params.set("sort", state.sort);
  if (state.dir !== DEFAULT_STATE.dir) params.set("dir", state.dir);
  return params;
}

export function tableIdentity(c: Pick<CacheSummary, "catalogName" | "schemaName" | "tableName">): string {
  return tableLabel(c, c.catalogName);
}

const STATUS_ORDER: Record<CacheStatusValue, number> = {
  failed: 0,
  running: 1,
  cancelled: 2,
  "not-initialized": 3,
  unknown: 4,
  completed: 5,
  deleted: 6,
};

/** The sort value of a cache; null means "no value" and always sorts last. */
function sortValue(c: CacheSummary, field: SortField, now: number): number | null {
  switch (field) {
    case "staleness": {
      // Ascending reads "most stale first"; caches that cannot be judged yet go last.
      const judged = judgeFreshness(c, now);
      return judged.state === null ? null : -judged.staleness;
    }
    case "status":
      return STATUS_ORDER[c.status];
    case "lastSync":
      return c.lastSyncAt ? Date.parse(c.lastSyncAt) : null;
    case "rows":
      return c.rowsCached;
    case "table":
      return 0;
  }
}

export function applyOverviewState(
  caches: CacheSummary[],
  state: OverviewState,
  now: number = Date.now(),
): CacheSummary[] {
  const needle = state.q.trim().toLowerCase();
  const filtered = caches.filter(
    (c) =>
      (!state.status || c.status === state.status) &&
      (!state.fresh || judgeFreshness(c, now).state === state.fresh) &&
      (!state.catalog || c.catalogId === state.catalog) &&
      (!needle ||
        tableIdentity(c).toLowerCase().includes(needle) ||
        (c.lastError ?? "").toLowerCase().includes(needle)),
  );
  const sign = state.dir === "asc" ? 1 : -1;
  const byName = state.sort === "table" ? sign : 1;
  return filtered
    .map((c) => ({ c, key: tableIdentity(c).toLowerCase(), value: sortValue(c, state.sort, now) }))
    .sort((x, y) => {
      if (x.value !== y.value) {
        if (x.value === null) return 1;
        if (y.value === null) return -1;
        return sign * (x.value - y.value);
      }
      return byName * x.key.localeCompare(y.key);
    })
    .map(({ c }) => c);
}
