import { X } from "lucide-react";

import { type TableRef, tableKey, tableLabel } from "@/lib/wizard/table-modes";

type SelectionSummaryProps = {
  tables: TableRef[];
  names: Map<string, string>;
  onRemove?: (table: TableRef) => void;
};

export function SelectionSummary({ tables, names, onRemove }: SelectionSummaryProps) {
  return (
    <section aria-labelledby="selection-heading" className="rounded-lg border bg-card p-3">
      <h2 id="selection-heading" className="text-sm font-semibold">
        {tables.length === 0
          ? "No tables selected"
          : `${tables.length} ${tables.length === 1 ? "table" : "tables"} selected`}
      </h2>
      {tables.length > 0 ? (
        <ul className="mt-2 max-h-64 space-y-1 overflow-auto text-sm">
          {tables.map((table) => (
            <li
              key={tableKey(table)}
              className="flex items-center justify-between gap-2 rounded bg-muted px-2 py-1"
            >
              <span className="truncate font-mono" title={tableLabel(table, names.get(table.catalogId))}>
                {tableLabel(table, names.get(table.catalogId))}
              </span>
              {onRemove ? (
                <button
                  type="button"
                  onClick={() => onRemove(table)}
                  className="grid size-6 shrink-0 place-items-center rounded hover:bg-card"
                  aria-label={`Remove ${tableLabel(table, names.get(table.catalogId))}`}
                >
                  <X className="size-3.5" aria-hidden="true" />
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
