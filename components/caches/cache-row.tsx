import Link from "next/link";
import type { ReactNode } from "react";

import { tableIdentity } from "@/lib/caches/overview-state";
import { describeSchedules } from "@/lib/schedule";
import type { CacheSummary } from "@/lib/types";

import { CacheStateBadge } from "@/components/freshness/cache-state-badge";
import { DataAge } from "@/components/freshness/data-age";

import { formatRows, MODE_LABELS } from "./format";

export const ROW_GRID =
  "md:grid md:grid-cols-[minmax(0,2fr)_minmax(0,1.8fr)_8.5rem_11rem_6.5rem_minmax(0,1.4fr)] md:items-center md:gap-4";

/** Optional row selection (bulk actions): a checkbox before each table name and an optional header control. */
export type RowSelection = {
  isSelected: (id: string) => boolean;
  onToggle: (id: string, selected: boolean) => void;
  header?: ReactNode;
};

function MobileLabel({ children }: { children: string }) {
  return <span className="mr-1 text-xs text-muted-foreground md:hidden">{children}</span>;
}

type CacheRowProps = { cache: CacheSummary; href: string; rowIndex: number; selection?: RowSelection };

export function CacheRow({ cache, href, rowIndex, selection }: CacheRowProps) {
  const paused = cache.pausedSchedules ?? null;
  const schedules = paused
    ? `Was: ${describeSchedules(paused)}`
    : cache.mode === null
      ? "Schedule not loaded yet"
      : describeSchedules(cache.schedules);
  return (
    <div
      role="row"
      aria-rowindex={rowIndex}
      data-cache-id={cache.id}
      className={`${ROW_GRID} grid grid-cols-[1fr_auto] gap-x-3 gap-y-1.5 border-b px-4 py-3 text-sm hover:bg-muted/50`}
    >
      <div role="cell" className="flex min-w-0 items-start gap-2 md:items-center">
        {selection ? (
          <input
            type="checkbox"
            className="mt-0.5 size-4 shrink-0 accent-primary md:mt-0"
            checked={selection.isSelected(cache.id)}
            onChange={(e) => selection.onToggle(cache.id, e.target.checked)}
            aria-label={`Select ${tableIdentity(cache)}`}
          />
        ) : null}
        <Link
          href={href}
          // The whole name, wrapped: clipped beside a badge it could not be read on a phone or by touch.
          className="block min-w-0 font-medium break-words text-foreground hover:text-primary hover:underline"
          title={tableIdentity(cache)}
        >
          {/* Line breaks after the dots first; a word is broken only when it cannot fit a line by itself. */}
          <span className="text-muted-foreground">
            {cache.catalogName}.<wbr />
            {cache.schemaName}.<wbr />
          </span>
          {cache.tableName}
        </Link>
      </div>
      <div role="cell" className="col-span-2 row-start-2 min-w-0 md:col-span-1 md:row-start-auto">
        {paused ? (
          <span className="font-medium text-warning md:block">Paused</span>
        ) : cache.mode ? (
          <span className="font-medium md:block">{MODE_LABELS[cache.mode]}</span>
        ) : null}
        {paused || cache.mode !== "one-time" ? (
          <span className="text-muted-foreground md:line-clamp-2 md:block md:text-xs" title={schedules}>
            {paused || cache.mode ? <span className="md:hidden"> · </span> : null}
            {schedules}
          </span>
        ) : null}
      </div>
      <div
        role="cell"
        className="col-start-2 row-start-1 justify-self-end md:col-start-auto md:row-start-auto md:justify-self-start"
      >
        <CacheStateBadge
          status={cache.status}
          mode={cache.mode}
          paused={paused !== null}
          lastSyncAt={cache.lastSyncAt}
        />
      </div>
      <div role="cell" className="min-w-0">
        <DataAge {...cache} />
      </div>
      <div role="cell" data-cell="rows" className="justify-self-end tabular-nums md:justify-self-end">
        <MobileLabel>Rows</MobileLabel>
        {formatRows(cache.rowsCached)}
      </div>
      <div role="cell" className="col-span-2 min-w-0 md:col-span-1">
        {cache.lastError ? (
          <p className="line-clamp-2 text-danger" title={cache.lastError}>
            {cache.lastError}
          </p>
        ) : (
          <span className="hidden text-muted-foreground md:inline">—</span>
        )}
      </div>
    </div>
  );
}
