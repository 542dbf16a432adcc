"use client";

import { NativeSelect } from "@/components/ui/input";
import { STATUS_LABELS } from "@/components/caches/cache-status-badge";
import { CatalogFilter } from "@/components/caches/catalog-filter";
import { CACHE_STATUSES, type CacheMode, type CacheStatusValue } from "@/lib/types";
import { type MapMetric, type MapState } from "@/lib/schedule-map";
import type { MapView } from "@/lib/schedule-map";
import { cn } from "@/lib/utils";

export const VIEW_LABELS: Record<MapView, string> = {
  "next-24h": "Next 24 hours",
  "next-7d": "Next 7 days",
  "past-14d": "Past 14 days",
};
const METRIC_LABELS: Record<MapMetric, string> = {
  starts: "Runs starting",
  concurrency: "Runs at once",
  rows: "Rows moved",
};
export const MODE_LABELS: Record<CacheMode, string> = {
  "full-and-incremental": "Full + incremental",
  "full-only": "Full refresh only",
  incremental: "Incremental only",
  "one-time": "One-time copy",
};

type ToolbarProps = {
  state: MapState;
  catalogs: { id: string; name: string }[];
  onChange: (patch: Partial<MapState>) => void;
};

export function MapToolbar({ state, catalogs, onChange }: ToolbarProps) {
  return (
    <div className="flex flex-col gap-3 lg:flex-row lg:flex-wrap lg:items-center">
      <div
        role="group"
        aria-label="Time window"
        className="inline-flex w-full rounded-md border bg-card p-0.5 sm:w-auto"
      >
        {(Object.keys(VIEW_LABELS) as MapView[]).map((view) => (
          <button
            key={view}
            type="button"
            aria-pressed={state.view === view}
            onClick={() => onChange({ view })}
            className={cn(
              "h-8 flex-1 rounded px-3 text-sm whitespace-nowrap sm:flex-none",
              state.view === view ? "bg-primary text-primary-foreground" : "text-foreground hover:bg-muted",
            )}
          >
            {VIEW_LABELS[view]}
          </button>
        ))}
      </div>
      <div className="grid grid-cols-2 gap-2 sm:flex">
        <NativeSelect
          aria-label="Colour cells by"
          value={state.metric}
          onChange={(e) => onChange({ metric: e.target.value as MapMetric })}
        >
          {(Object.keys(METRIC_LABELS) as MapMetric[]).map((m) => (
            <option key={m} value={m}>
              {METRIC_LABELS[m]}
            </option>
          ))}
        </NativeSelect>
        <CatalogFilter
          value={state.catalog}
          catalogs={catalogs}
          onChange={(catalog) => onChange({ catalog })}
        />
        <NativeSelect
          aria-label="Filter by mode"
          value={state.mode}
          onChange={(e) => onChange({ mode: e.target.value as CacheMode | "" })}
        >
          <option value="">All modes</option>
          {(Object.keys(MODE_LABELS) as CacheMode[]).map((m) => (
            <option key={m} value={m}>
              {MODE_LABELS[m]}
            </option>
          ))}
        </NativeSelect>
        <NativeSelect
          aria-label="Filter by state"
          value={state.state}
          onChange={(e) => onChange({ state: e.target.value as CacheStatusValue | "" })}
        >
          <option value="">All states</option>
          {CACHE_STATUSES.filter((s) => s !== "deleted").map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </NativeSelect>
      </div>
      <label className="inline-flex items-center gap-2 text-sm lg:ml-auto">
        <input
          type="checkbox"
          className="size-4 accent-primary"
          checked={state.table}
          onChange={(e) => onChange({ table: e.target.checked })}
        />
        Show as a table
      </label>
    </div>
  );
}
