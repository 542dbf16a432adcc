"use client";

import { type KeyboardEvent, useRef, useState } from "react";

import { colLabel, isInRange, rowLabel, type MapMetric, type ScheduleMap } from "@/lib/schedule-map";
import { cn } from "@/lib/utils";

import { cellWords } from "./cell-words";

const LEVELS = [
  "bg-muted/50 text-muted-foreground",
  "bg-primary/15 text-foreground",
  "bg-primary/35 text-foreground",
  "bg-primary/90 text-primary-foreground",
  "bg-primary text-primary-foreground font-semibold",
];

export function metricValue(map: ScheduleMap, metric: MapMetric, index: number): number {
  if (metric === "concurrency") return map.peak[index]!;
  if (metric === "rows") return map.rows[index]!;
  return map.full[index]! + map.incremental[index]!;
}

const compact = (n: number) =>
  n >= 1_000_000
    ? `${Math.round(n / 100_000) / 10}M`
    : n >= 1_000
      ? `${Math.round(n / 100) / 10}k`
      : String(Math.round(n));

type HeatmapProps = {
  map: ScheduleMap;
  metric: MapMetric;
  label: string;
  selected: number | null;
  marked: ReadonlySet<number>;
  onSelect: (index: number) => void;
};

/**
 * One focusable cell at a time (roving tabindex): arrows move, Home/End go to the row's ends, Ctrl+Home/End to
 * the grid's, Enter or Space shows the cell's caches. Every cell is named in words, so the colours are never the
 * only way to read it.
 */
export function Heatmap({ map, metric, label, selected, marked, onSelect }: HeatmapProps) {
  const { rows, cols } = map.grid;
  const cells = rows * cols;
  const [focus, setFocus] = useState(() => {
    for (let i = 0; i < cells; i++) if (isInRange(map.grid, i)) return i;
    return 0;
  });
  const active = Math.min(focus, cells - 1);
  const grid = useRef<HTMLDivElement>(null);
  let max = 0;
  for (let i = 0; i < cells; i++) max = Math.max(max, metricValue(map, metric, i));

  const move = (to: number) => {
    const next = Math.max(0, Math.min(cells - 1, to));
    setFocus(next);
    grid.current?.querySelector<HTMLElement>(`[data-cell="${next}"]`)?.focus();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const row = Math.floor(active / cols);
    const targets: Record<string, number> = {
      ArrowRight: active + 1,
      ArrowLeft: active - 1,
      ArrowDown: active + cols,
      ArrowUp: active - cols,
      Home: event.ctrlKey ? 0 : row * cols,
      End: event.ctrlKey ? cells - 1 : row * cols + cols - 1,
    };
    const target = targets[event.key];
    if (target !== undefined) {
      event.preventDefault();
      if (target >= 0 && target < cells) move(target);
      return;
    }
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      onSelect(active);
    }
  };
  const template = { gridTemplateColumns: `minmax(3.25rem, auto) repeat(${cols}, minmax(0, 1fr))` };
  const dense = cols > 6;

  return (
    <div
      ref={grid}
      role="grid"
      aria-label={label}
      aria-readonly="true"
      onKeyDown={onKeyDown}
      className="flex flex-col gap-0.5 text-xs"
    >
      <div role="row" className="grid gap-0.5" style={template}>
        <div role="columnheader" className="text-muted-foreground">
          <span className="sr-only">{map.grid.view === "next-24h" ? "Hour" : "Day"} (UTC)</span>
        </div>
        {Array.from({ length: cols }, (_, c) => (
          <div
            key={c}
            role="columnheader"
            className={cn(
              "text-center text-muted-foreground tabular-nums",
              dense && c % 3 !== 0 && "max-sm:text-transparent",
            )}
          >
            {colLabel(map.grid, c)}
          </div>
        ))}
      </div>
      {Array.from({ length: rows }, (_, r) => {
        const [first, ...rest] = rowLabel(map.grid, r).split(" ");
        return (
          <div key={r} role="row" className="grid gap-0.5" style={template}>
            <div role="rowheader" className="pr-1 whitespace-nowrap text-muted-foreground tabular-nums">
              {dense ? (
                <>
                  <span className="max-sm:hidden">{first} </span>
                  {rest.join(" ")}
                </>
              ) : (
                first
              )}
            </div>
            {Array.from({ length: cols }, (_, c) => {
              const index = r * cols + c;
              const inRange = isInRange(map.grid, index);
              const value = metricValue(map, metric, index);
              const level =
                !inRange || value === 0 || max === 0 ? 0 : Math.max(1, Math.ceil((4 * value) / max));
              return (
                <div
                  key={c}
                  role="gridcell"
                  data-cell={index}
                  data-value={inRange ? value : undefined}
                  tabIndex={index === active ? 0 : -1}
                  aria-selected={selected === index}
                  aria-label={cellWords(map, index)}
                  onClick={() => {
                    setFocus(index);
                    onSelect(index);
                  }}
                  onFocus={() => setFocus(index)}
                  className={cn(
                    "grid h-7 min-w-0 cursor-pointer place-items-center rounded-sm tabular-nums outline-none select-none",
                    "focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-offset-1 focus-visible:ring-offset-background",
                    LEVELS[level],
                    !inRange &&
                      "cursor-default bg-[repeating-linear-gradient(135deg,transparent_0_3px,var(--border)_3px_4px)]",
                    marked.has(index) && "ring-2 ring-warning",
                    selected === index && "ring-2 ring-foreground",
                  )}
                >
                  <span aria-hidden className={cn(dense && "max-sm:hidden", "text-[11px] leading-none")}>
                    {inRange && value > 0 ? compact(value) : ""}
                  </span>
                </div>
              );
            })}
          </div>
        );
      })}
    </div>
  );
}
