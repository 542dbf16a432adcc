"use client";

import { ArrowDownWideNarrow, ArrowUpNarrowWide, Search } from "lucide-react";

import { Button } from "@/components/ui/button";
import { Input, NativeSelect } from "@/components/ui/input";
import type { OverviewState, SortField } from "@/lib/caches/overview-state";
import type { CacheStatusValue } from "@/lib/types";

import { FreshnessFilter } from "@/components/freshness/freshness-filter";

import { STATUS_LABELS } from "./cache-status-badge";
import { CatalogFilter } from "./catalog-filter";

const FILTER_STATUSES: CacheStatusValue[] = [
  "running",
  "failed",
  "completed",
  "cancelled",
  "not-initialized",
];
const SORT_LABELS: Record<SortField, string> = {
  table: "Table name",
  status: "Status (problems first)",
  lastSync: "Last successful sync",
  rows: "Rows cached",
  staleness: "Most stale first",
};

type Props = {
  state: OverviewState;
  catalogs: { id: string; name: string }[];
  onChange: (patch: Partial<OverviewState>) => void;
};

export function CachesToolbar({ state, catalogs, onChange }: Props) {
  return (
    <div className="flex flex-col gap-2 md:flex-row md:flex-wrap md:items-center">
      <label className="relative min-w-0 md:w-72">
        <span className="sr-only">Search caches</span>
        <Search
          className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-muted-foreground"
          aria-hidden
        />
        <Input
          type="search"
          placeholder="Search table, schema or error"
          value={state.q}
          onChange={(e) => onChange({ q: e.target.value })}
          className="pl-9"
        />
      </label>
      <div className="grid grid-cols-2 gap-2 md:flex [&>*:last-child]:col-span-2">
        <div>
          <NativeSelect
            aria-label="Filter by status"
            value={state.status}
            onChange={(e) => onChange({ status: e.target.value as CacheStatusValue | "" })}
          >
            <option value="">All statuses</option>
            {FILTER_STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABELS[s]}
              </option>
            ))}
          </NativeSelect>
        </div>
        <FreshnessFilter value={state.fresh} onChange={(fresh) => onChange({ fresh })} />
        <div>
          <CatalogFilter
            value={state.catalog}
            catalogs={catalogs}
            onChange={(catalog) => onChange({ catalog })}
          />
        </div>
      </div>
      <div className="flex gap-2 md:ml-auto">
        <div className="min-w-0 flex-1">
          <NativeSelect
            aria-label="Sort by"
            value={state.sort}
            onChange={(e) => onChange({ sort: e.target.value as SortField })}
          >
            {Object.entries(SORT_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                Sort: {label}
              </option>
            ))}
          </NativeSelect>
        </div>
        <Button
          variant="secondary"
          size="icon"
          onClick={() => onChange({ dir: state.dir === "asc" ? "desc" : "asc" })}
          aria-label={
            state.dir === "asc" ? "Ascending; switch to descending" : "Descending; switch to ascending"
          }
          title={state.dir === "asc" ? "Ascending" : "Descending"}
        >
          {state.dir === "asc" ? <ArrowUpNarrowWide aria-hidden /> : <ArrowDownWideNarrow aria-hidden />}
        </Button>
      </div>
    </div>
  );
}
