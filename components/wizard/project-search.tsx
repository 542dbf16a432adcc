"use client";

import { Search } from "lucide-react";
import { useDeferredValue, useState } from "react";

import { useProjectSearch } from "@/lib/queries/use-catalog-browser";
import type { WizardSearchHit } from "@/lib/wizard/types";

type ProjectSearchProps = { projectId: string; onPick: (hit: WizardSearchHit) => void };

export function ProjectSearch({ projectId, onPick }: ProjectSearchProps) {
  const [query, setQuery] = useState("");
  const deferred = useDeferredValue(query.trim());
  const search = useProjectSearch(projectId, deferred);
  const hits = search.data?.tables ?? [];
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
          placeholder="Table name, e.g. invoices"
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
              : `${hits.length}${search.data?.more ? "+" : ""} matching tables`}
      </p>
      {hits.length > 0 && deferred.length >= 2 ? (
        <ul className="max-h-48 divide-y overflow-auto rounded-md border bg-card text-sm">
          {hits.map((hit) => (
            <li key={`${hit.catalogId}/${hit.schemaName}/${hit.tableName}`}>
              <button
                type="button"
                onClick={() => onPick(hit)}
                className="w-full px-3 py-2 text-left hover:bg-muted"
              >
                <span className="font-mono">
                  {hit.schemaName}.{hit.tableName}
                </span>{" "}
                <span className="text-muted-foreground">in {hit.catalogName}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
