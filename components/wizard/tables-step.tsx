"use client";

import dynamic from "next/dynamic";
import Link from "next/link";
import { useDeferredValue, useMemo, useState } from "react";

import { buttonVariants } from "@/components/ui/button";
import { plural } from "@/lib/format/plural";
import { useCatalogNames, useTables } from "@/lib/queries/use-catalog-browser";
import { type TableRef, tableKey } from "@/lib/wizard/table-modes";
import { wizardPath } from "@/lib/wizard/steps";
import type { WizardTable } from "@/lib/wizard/types";

import { CatalogPickers } from "./catalog-pickers";
import { ProjectSearch } from "./project-search";
import { SelectionSummary } from "./selection-summary";
import { selectable } from "@/lib/wizard/table-capability";
import { useWizardState } from "./use-wizard-state";

const MAX_SELECTION = 500;

const refOf = (table: WizardTable): TableRef => ({
  catalogId: table.catalogId,
  schemaName: table.schemaName,
  tableName: table.name,
});
const tableKeyOf = (table: WizardTable) => tableKey(refOf(table));

// The virtualizer is split from the page's first load (budget); still rendered on the server, its chunk preloaded.
const TableList = dynamic(() => import("./table-list").then((m) => m.TableList), {
  loading: () => <div className="h-[90px] rounded-md border bg-card" />,
});

export function TablesStep({ projectId }: { projectId: string }) {
  const { state, update, search } = useWizardState();
  const { catalogId, schemaName } = state.browse;
  const tables = useTables(projectId, catalogId, schemaName);
  const names = useCatalogNames(projectId);
  const [filter, setFilter] = useState("");
  const deferredFilter = useDeferredValue(filter.trim().toLowerCase());
  const selected = useMemo(() => new Set(state.tables.map(tableKey)), [state.tables]);

  const filtered = useMemo(() => {
    const all = tables.data ?? [];
    return deferredFilter ? all.filter((table) => table.name.toLowerCase().includes(deferredFilter)) : all;
  }, [tables.data, deferredFilter]);
  const selectableMatches = filtered.filter((table) => selectable(table) && !selected.has(tableKeyOf(table)));

  function toggle(table: WizardTable) {
    const key = tableKeyOf(table);
    if (selected.has(key)) update({ tables: state.tables.filter((ref) => tableKey(ref) !== key) });
    else update({ tables: [...state.tables, refOf(table)].slice(0, MAX_SELECTION) });
  }

  function selectAll() {
    update({ tables: [...state.tables, ...selectableMatches.map(refOf)].slice(0, MAX_SELECTION) });
  }

  const nextHref = wizardPath(projectId, "mode", search);
  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_18rem]">
      <div className="space-y-5">
        <ProjectSearch
          projectId={projectId}
          onPick={(hit) => {
            update({ browse: { catalogId: hit.catalogId, schemaName: hit.schemaName ?? "" } });
            setFilter(hit.tableName ?? "");
          }}
        />
        <CatalogPickers
          projectId={projectId}
          catalogId={catalogId}
          schemaName={schemaName}
          onChange={(browse) => {
            update({ browse });
            setFilter("");
          }}
        />
        {catalogId && schemaName ? (
          <div className="space-y-3">
            <div className="flex flex-wrap items-end gap-3">
              <div className="min-w-48 flex-1 space-y-1">
                <label htmlFor="wizard-filter" className="text-sm font-semibold">
                  Filter tables in {schemaName}
                </label>
                <input
                  id="wizard-filter"
                  type="search"
                  value={filter}
                  onChange={(event) => setFilter(event.target.value)}
                  autoComplete="off"
                  className="h-10 w-full rounded-md border border-input bg-card px-3 text-sm"
                />
              </div>
              <button
                type="button"
                className={buttonVariants({ variant: "secondary" })}
                disabled={selectableMatches.length === 0}
                onClick={selectAll}
              >
                Select{" "}
                {selectableMatches.length === 1
                  ? "the 1 match"
                  : `all ${plural(selectableMatches.length, "match", "matches")}`}
              </button>
            </div>
            <p aria-live="polite" className="text-sm text-muted-foreground">
              {tables.isPending
                ? "Loading tables…"
                : tables.error
                  ? tables.error.message
                  : `${filtered.length.toLocaleString("en")} of ${plural(tables.data?.length ?? 0, "table", "tables")}`}
            </p>
            <TableList
              projectId={projectId}
              tables={filtered}
              selected={selected}
              onToggle={toggle}
              label={`Tables in ${schemaName}`}
            />
          </div>
        ) : (
          <p className="rounded-md border border-dashed px-4 py-8 text-center text-sm text-muted-foreground">
            Choose a catalog and schema, or search, to see tables.
          </p>
        )}
      </div>
      <aside className="space-y-4 lg:sticky lg:top-20 lg:self-start">
        <SelectionSummary
          names={names}
          tables={state.tables}
          onRemove={(ref) => update({ tables: state.tables.filter((t) => tableKey(t) !== tableKey(ref)) })}
        />
        {state.tables.length > 0 ? (
          <Link href={nextHref} className={buttonVariants({ className: "w-full" })}>
            Next: choose mode
          </Link>
        ) : (
          <p className="text-sm text-muted-foreground">Select at least one table to continue.</p>
        )}
        {state.tables.length >= MAX_SELECTION ? (
          <p className="text-sm text-warning">
            At most {MAX_SELECTION} tables per request; submit these first.
          </p>
        ) : null}
      </aside>
    </div>
  );
}
