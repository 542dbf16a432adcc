"use client";

import { useVirtualizer } from "@tanstack/react-virtual";
import { useRef } from "react";

import { tableKey } from "@/lib/wizard/table-modes";
import type { WizardTable } from "@/lib/wizard/types";

import { TableRow } from "./table-row";

type TableListProps = {
  projectId: string;
  tables: WizardTable[];
  selected: Set<string>;
  onToggle: (table: WizardTable) => void;
  label: string;
};

const ROW_HEIGHT = 44;
const MAX_HEIGHT = 416;

const keyOf = (table: WizardTable) =>
  tableKey({ catalogId: table.catalogId, schemaName: table.schemaName, tableName: table.name });

/** Virtualized so a 20,000-table schema renders only the rows in view. */
export function TableList({ projectId, tables, selected, onToggle, label }: TableListProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read fresh each render, never memoized
  const virtualizer = useVirtualizer({
    count: tables.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  return (
    <div
      ref={scrollRef}
      role="group"
      aria-label={label}
      className="overflow-auto rounded-md border bg-card"
      style={{ height: Math.min(Math.max(tables.length, 2) * ROW_HEIGHT + 2, MAX_HEIGHT) }}
    >
      {tables.length === 0 ? (
        <p className="px-3 py-3 text-sm text-muted-foreground">No tables match this filter.</p>
      ) : null}
      <div style={{ height: virtualizer.getTotalSize(), position: "relative" }}>
        {virtualizer.getVirtualItems().map((item) => {
          const table = tables[item.index];
          if (!table) return null;
          return (
            <div
              key={item.key}
              style={{
                position: "absolute",
                top: 0,
                left: 0,
                right: 0,
                height: ROW_HEIGHT,
                transform: `translateY(${item.start}px)`,
              }}
            >
              <TableRow
                projectId={projectId}
                table={table}
                checked={selected.has(keyOf(table))}
                onToggle={onToggle}
              />
            </div>
          );
        })}
      </div>
    </div>
  );
}
