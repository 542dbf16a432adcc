"use client";

import { Search } from "lucide-react";
import { useDeferredValue, useMemo, useState } from "react";

import { Button } from "@/components/ui/button";
import { plural } from "@/lib/format/plural";
import { useProjectSearch } from "@/lib/queries/use-catalog-browser";
import { tableLabel } from "@/lib/wizard/table-modes";
import type { WizardSearchHit } from "@/lib/wizard/types";

type ProjectSearchProps = { projectId: string; onPick: (hit: WizardSearchHit) => void };

const hitKey = (hit: WizardSearchHit) => `${hit.kind}/${hit.catalogId}/${hit.schemaName}/${hit.tableName}`;

function hitName(hit: WizardSearchHit): string {
  if (hit.kind === "catalog") return hit.catalogName;
  if (hit.kind === "schema") return `${hit.catalogName}.${hit.schemaName}`;
  return tableLabel({ schemaName: hit.schemaName ?? "", tableName: hit.tableName ?? "" }, hit.catalogName);
}

const KIND_NOTE = { catalog: "Catalog: browse its schemas", schema: "Schema: browse its tables" } as const;

function note(hit: WizardSearchHit): string {
  if (hit.kind !== "table") return KIND_NOTE[hit.kind];
  if (hit.unavailable) return hit.unavailable;
  return hit.checked ? "Can be cached" : "Open it to see whether it can be cached";
}

function statusText(tables: number, others: number, more: boolean): string {
  const parts = [plural(tables, "matching table", "matching tables")];
  if (others > 0) parts.push(plural(others, "matching schema or catalog", "matching schemas or catalogs"));
  return `${parts.join(" and ")}${more ? " so far" : ""}`;
}

export function ProjectSearch({ projectId, onPick }: ProjectSearchProps) {
  const [query, setQuery] = useState("");
  const deferred = useDeferredValue(query.trim());
  const search = useProjectSearch(projectId, deferred);
  const hits = useMemo(() => {
    const all = (search.data?.pages ?? []).flatMap((page) => page.hits);
    return [...new Map(all.map((hit) => [hitKey(hit), hit])).values()];
  }, [search.data]);
  const tables = hits.filter((hit) => hit.kind === "table").length;
  return (
    <div className="space-y-2">
      <label htmlFor="wizard-search" className="text-sm font-semibold">
        Search the whole project
      </label>
      <div className="relative">
        <Search
          aria-hidden="true"
          className="pointer-events-none absolute top-3 left-3 size-4 text-muted-foreground"
        />
        <input
          id="wizard-search"
          type="search"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          placeholder="Table, schema or catalog name, e.g. invoices"
          autoComplete="off"
          aria-describedby="wizard-search-status"
          className="h-10 w-full rounded-md border border-input bg-card pr-3 pl-9 text-sm"
        />
      </div>
      <p id="wizard-search-status" aria-live="polite" className="text-sm text-muted-foreground">
        {deferred.length < 2
          ? "Type at least 2 characters."
          : search.isPending
            ? "Searching…"
            : search.error
              ? search.error.message
              : statusText(tables, hits.length - tables, search.hasNextPage)}
      </p>
      {hits.length > 0 && deferred.length >= 2 ? (
        <div className="rounded-md border bg-card text-sm">
          <ul aria-label="Search results" className="max-h-72 divide-y overflow-auto">
            {hits.map((hit) => (
              <li key={hitKey(hit)}>
                <button
                  type="button"
                  onClick={() => onPick(hit)}
                  className="flex w-full flex-col gap-0.5 px-3 py-2 text-left hover:bg-muted"
                >
                  <span className="font-mono break-all">{hitName(hit)}</span>
                  <span
                    className={
                      hit.kind === "table" && hit.checked && !hit.unavailable
                        ? "text-xs text-success"
                        : "text-xs text-muted-foreground"
                    }
                  >
                    {note(hit)}
                  </span>
                </button>
              </li>
            ))}
          </ul>
          {search.hasNextPage ? (
            <div className="border-t p-2">
              <Button
                variant="ghost"
                size="sm"
                disabled={search.isFetchingNextPage}
                onClick={() => void search.fetchNextPage()}
              >
                {search.isFetchingNextPage ? "Loading…" : "Show more results"}
              </Button>
            </div>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
