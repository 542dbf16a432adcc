import { Button } from "@/components/ui/button";
import { type CacheMode, isCacheMode, type TableRef, tableKey, tableLabel } from "@/lib/wizard/table-modes";
import type { WizardTable } from "@/lib/wizard/types";

import { modeTitle } from "@/lib/wizard/mode-options";
import { modesFor } from "@/lib/wizard/table-capability";

type MixedSelectionProps = {
  mode: CacheMode;
  conflicts: TableRef[];
  byKey: Map<string, WizardTable>;
  names: Map<string, string>;
  onDrop: () => void;
  onOverride: (table: TableRef, mode: CacheMode) => void;
};

export function MixedSelection({ mode, conflicts, byKey, names, onDrop, onOverride }: MixedSelectionProps) {
  return (
    <section
      aria-labelledby="mixed-heading"
      className="space-y-3 rounded-lg border border-warning/50 bg-warning-soft p-4"
    >
      <h2 id="mixed-heading" className="font-semibold">
        {conflicts.length === 1 ? "1 table cannot" : `${conflicts.length} tables cannot`} use “
        {modeTitle(mode)}”
      </h2>
      <p className="text-sm">
        {conflicts.length === 1
          ? "Drop it from this request, or choose another mode for it."
          : "Drop them from this request, or choose another mode for each one."}
      </p>
      <ul className="space-y-2">
        {conflicts.map((ref) => {
          const table = byKey.get(tableKey(ref));
          const options = table ? modesFor(table) : [];
          const id = `override-${tableKey(ref)}`.replace(/[^\w-]/g, "_");
          return (
            <li key={tableKey(ref)} className="flex flex-wrap items-center gap-3 text-sm">
              <span className="font-mono">{tableLabel(ref, names.get(ref.catalogId))}</span>
              <span className="text-muted-foreground">
                supports{" "}
                {table?.supportedCacheTypes?.length
                  ? table.supportedCacheTypes
                      .map((t) => (t === "FULL_REFRESH" ? "full refresh" : "incremental"))
                      .join(" and ")
                  : "no caching"}
              </span>
              {options.length > 0 ? (
                <>
                  <label htmlFor={id} className="sr-only">
                    Mode for {tableLabel(ref, names.get(ref.catalogId))}
                  </label>
                  <select
                    id={id}
                    defaultValue=""
                    onChange={(event) => {
                      const chosen = event.target.value;
                      if (isCacheMode(chosen)) onOverride(ref, chosen);
                    }}
                    className="h-8 rounded-md border border-input bg-card px-2"
                  >
                    <option value="" disabled>
                      Choose a mode for this table
                    </option>
                    {options.map((option) => (
                      <option key={option} value={option}>
                        {modeTitle(option)}
                      </option>
                    ))}
                  </select>
                </>
              ) : null}
            </li>
          );
        })}
      </ul>
      <Button variant="secondary" onClick={onDrop}>
        Drop {conflicts.length === 1 ? "this table" : `these ${conflicts.length} tables`}
      </Button>
    </section>
  );
}
