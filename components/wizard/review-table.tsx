import { describeSchedules } from "@/lib/schedule";
import { tableKey, tableLabel } from "@/lib/wizard/table-modes";
import type { WizardItem } from "@/lib/schemas/wizard";

import { modeTitle } from "./mode-options";

export function ReviewTable({ items, names }: { items: WizardItem[]; names: Map<string, string> }) {
  return (
    <div className="overflow-x-auto rounded-lg border bg-card">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Tables to cache and their settings</caption>
        <thead className="border-b bg-muted/60 text-xs text-muted-foreground uppercase">
          <tr>
            <th scope="col" className="px-3 py-2 font-semibold">
              Table
            </th>
            <th scope="col" className="px-3 py-2 font-semibold">
              Mode
            </th>
            <th scope="col" className="px-3 py-2 font-semibold">
              Schedules
            </th>
          </tr>
        </thead>
        <tbody className="divide-y">
          {items.map((item) => (
            <tr key={tableKey(item.table)}>
              <td className="px-3 py-2">
                <span className="font-mono">{tableLabel(item.table, names.get(item.table.catalogId))}</span>
              </td>
              <td className="px-3 py-2">{modeTitle(item.mode)}</td>
              <td className="px-3 py-2">
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
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
