import Link from "next/link";

import { cn } from "@/lib/utils";
import type { WizardTable } from "@/lib/wizard/types";

import { capabilityLabel, selectable, unavailableReason } from "@/lib/wizard/table-capability";

type TableRowProps = {
  projectId: string;
  table: WizardTable;
  checked: boolean;
  onToggle: (table: WizardTable) => void;
};

export function TableRow({ projectId, table, checked, onToggle }: TableRowProps) {
  const id = `tbl-${table.catalogId}-${table.schemaName}-${table.name}`.replace(/[^\w-]/g, "_");
  const canSelect = selectable(table);
  const reason = unavailableReason(table);
  const capability = capabilityLabel(table);
  return (
    <div className={cn("flex h-full items-center gap-3 border-b px-3", checked && "bg-accent/60")}>
      <input
        id={id}
        type="checkbox"
        className="size-4 accent-[var(--primary)]"
        checked={checked}
        disabled={!canSelect}
        onChange={() => onToggle(table)}
        aria-describedby={reason || capability ? `${id}-note` : undefined}
      />
      {/* Two lines fit the row; a longer name still reads in full on hover and to assistive tech. */}
      <label
        htmlFor={id}
        title={table.name}
        className={cn(
          "line-clamp-2 min-w-0 flex-1 font-mono text-sm leading-tight break-all",
          !canSelect && "text-muted-foreground",
        )}
      >
        {table.name}
      </label>
      <span id={`${id}-note`} className="flex shrink-0 items-center gap-2 text-xs">
        {table.cached && table.cacheId ? (
          <Link
            href={`/projects/${encodeURIComponent(projectId)}/caches/${encodeURIComponent(table.cacheId)}`}
            className="font-medium text-primary underline-offset-2 hover:underline"
          >
            Already cached<span className="sr-only"> ({table.name}): open the cache</span>
          </Link>
        ) : reason ? (
          <span
            className="max-w-36 truncate rounded bg-muted px-1.5 py-0.5 text-muted-foreground sm:max-w-56"
            title={reason}
          >
            {reason}
          </span>
        ) : capability ? (
          <span className="rounded bg-info-soft px-1.5 py-0.5 text-foreground">{capability}</span>
        ) : null}
      </span>
    </div>
  );
}
