"use client";

import { useWindowVirtualizer } from "@tanstack/react-virtual";
import { useLayoutEffect, useRef, useState } from "react";

import type { CacheSummary } from "@/lib/types";

import { CacheRow, ROW_GRID, type RowSelection } from "./cache-row";

const HEADERS = [
  "Table",
  "Mode and schedules",
  "Status",
  "Data age (last successful sync)",
  "Rows cached",
  "Last error",
];

/** Only the rows in view are in the DOM, so thousands of caches scroll smoothly. */
export function CachesList({
  caches,
  hrefFor,
  selection,
}: {
  caches: CacheSummary[];
  hrefFor: (c: CacheSummary) => string;
  selection?: RowSelection;
}) {
  const listRef = useRef<HTMLDivElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  useLayoutEffect(() => {
    const el = listRef.current;
    if (el) setScrollMargin(el.getBoundingClientRect().top + window.scrollY);
  }, []);
  const virtualizer = useWindowVirtualizer({
    count: caches.length,
    estimateSize: () => 64,
    overscan: 12,
    scrollMargin,
    getItemKey: (index) => caches[index]?.id ?? index,
  });
  const items = virtualizer.getVirtualItems();
  return (
    <div
      role="table"
      aria-label="Caches"
      aria-rowcount={caches.length + 1}
      className="rounded-lg border bg-card"
    >
      <div
        role="rowgroup"
        className="sticky top-14 z-10 hidden rounded-t-lg border-b bg-muted/80 backdrop-blur md:block"
      >
        <div
          role="row"
          aria-rowindex={1}
          className={`${ROW_GRID} px-4 py-2 text-xs font-medium text-muted-foreground`}
        >
          {HEADERS.map((h, i) => (
            <div
              key={h}
              role="columnheader"
              className={i === 4 ? "text-right" : i === 0 ? "flex items-center gap-2" : undefined}
            >
              {i === 0 ? selection?.header : null}
              {h}
            </div>
          ))}
        </div>
      </div>
      <div role="rowgroup" ref={listRef} className="relative" style={{ height: virtualizer.getTotalSize() }}>
        {items.map((item) => {
          const cache = caches[item.index];
          if (!cache) return null;
          return (
            <div
              key={item.key}
              data-index={item.index}
              ref={virtualizer.measureElement}
              className="absolute inset-x-0 top-0"
              style={{ transform: `translateY(${item.start - virtualizer.options.scrollMargin}px)` }}
            >
              <CacheRow cache={cache} href={hrefFor(cache)} rowIndex={item.index + 2} selection={selection} />
            </div>
          );
        })}
      </div>
    </div>
  );
}
