import type { ComponentProps, ReactNode } from "react";

import { cn } from "@/lib/utils";

export type DataColumn = {
  label: string;
  align?: "right";
  /** On phones the cell takes the full width of its card instead of half. */
  wide?: boolean;
};

type DataTableProps = {
  caption: string;
  columns: DataColumn[];
  children: ReactNode;
  /** "card" draws its own border; "bare" sits inside a card that already has one. */
  frame?: "card" | "bare";
  busy?: boolean;
  className?: string;
};

/*
 * A table on wide screens; below the sm breakpoint each row becomes a small card of label/value pairs,
 * so nothing scrolls sideways on a phone. The explicit roles keep table semantics for screen readers
 * once the rows are no longer displayed as table rows.
 */
export function DataTable({ caption, columns, children, frame = "card", busy, className }: DataTableProps) {
  return (
    <div className={cn("overflow-x-auto", frame === "card" && "rounded-lg border bg-card", className)}>
      <table
        role="table"
        data-frame={frame}
        className="group/data w-full text-left text-sm max-sm:block"
        aria-busy={busy}
      >
        <caption className="sr-only">{caption}</caption>
        <thead
          role="rowgroup"
          className={cn(
            "border-b text-xs text-muted-foreground max-sm:sr-only",
            frame === "card" && "bg-muted/60",
          )}
        >
          <tr role="row">
            {columns.map((column) => (
              <th
                key={column.label}
                role="columnheader"
                scope="col"
                className={cn(
                  "px-4 py-2 font-medium",
                  frame === "bare" && "px-3 first:pl-0 last:pr-0",
                  column.align === "right" && "text-right",
                )}
              >
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody role="rowgroup" className="divide-y max-sm:block">
          {children}
        </tbody>
      </table>
    </div>
  );
}

export function DataRow({ className, ...props }: ComponentProps<"tr">) {
  return (
    <tr
      role="row"
      className={cn(
        "max-sm:grid max-sm:grid-cols-2 max-sm:gap-x-4 max-sm:gap-y-2.5 max-sm:py-3 sm:align-top",
        className,
      )}
      {...props}
    />
  );
}

type DataCellProps = ComponentProps<"td"> & { column: DataColumn };

/** One value; on phones its column label is shown above it (from data-label, so it is written once). */
export function DataCell({ column, className, ...props }: DataCellProps) {
  return (
    <td
      role="cell"
      data-label={column.label}
      className={cn(
        "min-w-0 px-4 py-2.5 break-words",
        "group-data-[frame=bare]/data:px-3 group-data-[frame=bare]/data:first:pl-0 group-data-[frame=bare]/data:last:pr-0",
        column.align === "right" && "text-right tabular-nums",
        "max-sm:block max-sm:px-4 max-sm:py-0 max-sm:text-left max-sm:group-data-[frame=bare]/data:px-0",
        column.wide && "max-sm:col-span-2",
        "max-sm:before:mb-0.5 max-sm:before:block max-sm:before:font-sans max-sm:before:text-xs max-sm:before:font-normal max-sm:before:text-muted-foreground max-sm:before:content-[attr(data-label)]",
        className,
      )}
      {...props}
    />
  );
}
