"use client";

import { useMemo } from "react";

import { DataCell, DataRow, DataTable, type DataColumn } from "@/components/ui/data-table";
import { cachesByCell, isInRange, type MapCache, type MapInput, type ScheduleMap } from "@/lib/schedule-map";

import { cellTime } from "./cell-words";

const COLUMNS: DataColumn[] = [
  { label: "Time (UTC)" },
  { label: "Full refreshes", align: "right" },
  { label: "Incremental syncs", align: "right" },
  { label: "At most at once", align: "right" },
  { label: "Rows", align: "right" },
  { label: "Caches", wide: true },
];
const SHOWN = 6;

/** The map as a table: one line per cell where something runs. */
export function MapTable({
  map,
  input,
  caches,
}: {
  map: ScheduleMap;
  input: MapInput;
  caches: readonly MapCache[];
}) {
  const members = useMemo(() => cachesByCell(input, map.grid), [input, map.grid]);
  const busy = members.flatMap((list, index) =>
    isInRange(map.grid, index) && (list.length > 0 || map.peak[index]! > 0) ? [index] : [],
  );
  if (busy.length === 0) return <p className="text-sm text-muted-foreground">Nothing runs in this window.</p>;
  return (
    <DataTable caption="Runs per time slot" columns={COLUMNS}>
      {busy.map((index) => {
        const names = members[index]!.map((c) => caches[c]!.label);
        return (
          <DataRow key={index}>
            <DataCell column={COLUMNS[0]!} className="whitespace-nowrap">
              {cellTime(map, index)}
            </DataCell>
            <DataCell column={COLUMNS[1]!}>{map.full[index]}</DataCell>
            <DataCell column={COLUMNS[2]!}>{map.incremental[index]}</DataCell>
            <DataCell column={COLUMNS[3]!}>{map.peak[index]}</DataCell>
            <DataCell column={COLUMNS[4]!}>{Math.round(map.rows[index]!).toLocaleString("en-US")}</DataCell>
            <DataCell column={COLUMNS[5]!} className="font-mono text-xs">
              {names.slice(0, SHOWN).join(", ")}
              {names.length > SHOWN ? ` and ${names.length - SHOWN} more` : ""}
            </DataCell>
          </DataRow>
        );
      })}
    </DataTable>
  );
}
