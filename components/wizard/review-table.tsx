import { type DataColumn, DataCell, DataRow, DataTable } from "@/components/ui/data-table";
import { describeSchedules } from "@/lib/schedule";
import { tableKey, tableLabel } from "@/lib/wizard/table-modes";
import type { WizardItem } from "@/lib/schemas/wizard";

import { modeTitle } from "@/lib/wizard/mode-options";

const COLUMNS = {
  table: { label: "Table", wide: true },
  mode: { label: "Mode" },
  schedules: { label: "Schedules" },
} satisfies Record<string, DataColumn>;

export function ReviewTable({ items, names }: { items: WizardItem[]; names: Map<string, string> }) {
  return (
    <DataTable caption="Tables to cache and their settings" columns={Object.values(COLUMNS)}>
      {items.map((item) => (
        <DataRow key={tableKey(item.table)}>
          <DataCell column={COLUMNS.table}>
            <span className="font-mono">{tableLabel(item.table, names.get(item.table.catalogId))}</span>
          </DataCell>
          <DataCell column={COLUMNS.mode}>{modeTitle(item.mode)}</DataCell>
          <DataCell column={COLUMNS.schedules}>
            {describeSchedules(item.schedules)}
            {item.schedules.fullRefresh || item.schedules.incremental ? (
              <span className="block font-mono text-xs text-muted-foreground">
                {[
                  item.schedules.fullRefresh && `full ${item.schedules.fullRefresh}`,
                  item.schedules.incremental && `incremental ${item.schedules.incremental}`,
                ]
                  .filter(Boolean)
                  .join(" · ")}
              </span>
            ) : null}
          </DataCell>
        </DataRow>
      ))}
    </DataTable>
  );
}
