"use client";

import { queryOptions, useInfiniteQuery, useQueries, useQuery } from "@tanstack/react-query";
import { useMemo } from "react";

import type { CatalogSummary, SchemaSummary } from "@/lib/types";
import type { WizardSearchResults, WizardTable } from "@/lib/wizard/types";

import { fetchJson } from "./fetch-json";

const enc = encodeURIComponent;
const base = (projectId: string) => `/api/projects/${enc(projectId)}`;

export const catalogsQuery = (projectId: string) =>
  queryOptions({
    queryKey: ["projects", projectId, "catalogs"],
    queryFn: () => fetchJson<CatalogSummary[]>(`${base(projectId)}/catalogs`),
    staleTime: 60_000,
  });

export const schemasQuery = (projectId: string, catalogId: string) =>
  queryOptions({
    queryKey: ["projects", projectId, "catalogs", catalogId, "schemas"],
    queryFn: () => fetchJson<SchemaSummary[]>(`${base(projectId)}/catalogs/${enc(catalogId)}/schemas`),
    staleTime: 60_000,
    enabled: catalogId !== "",
  });

export const tablesQuery = (projectId: string, catalogId: string, schemaName: string) =>
  queryOptions({
    queryKey: ["projects", projectId, "catalogs", catalogId, "schemas", schemaName, "tables"],
    queryFn: () =>
      fetchJson<WizardTable[]>(
        `${base(projectId)}/catalogs/${enc(catalogId)}/schemas/${enc(schemaName)}/tables`,
      ),
    staleTime: 10_000,
    enabled: catalogId !== "" && schemaName !== "",
  });

export function useCatalogs(projectId: string) {
  return useQuery(catalogsQuery(projectId));
}

export function useSchemas(projectId: string, catalogId: string) {
  return useQuery(schemasQuery(projectId, catalogId));
}

export function useTables(projectId: string, catalogId: string, schemaName: string) {
  return useQuery(tablesQuery(projectId, catalogId, schemaName));
}

/** Table details for every schema the selection touches, so later steps know each table's flags. */
export function useTablesOfSchemas(projectId: string, schemas: { catalogId: string; schemaName: string }[]) {
  return useQueries({
    queries: schemas.map((schema) => tablesQuery(projectId, schema.catalogId, schema.schemaName)),
    combine: (results) => ({
      tables: results.flatMap((result) => result.data ?? []),
      pending: results.some((result) => result.isPending),
      error: results.find((result) => result.error)?.error ?? null,
    }),
  });
}

/** Search pages of 50 hits; the next page is asked for with the vendor's offset. */
export function useProjectSearch(projectId: string, query: string) {
  return useInfiniteQuery({
    queryKey: ["projects", projectId, "search", query],
    queryFn: ({ signal, pageParam }) =>
      fetchJson<WizardSearchResults>(`${base(projectId)}/search`, {
        method: "POST",
        body: JSON.stringify(pageParam ? { query, offset: pageParam } : { query }),
        headers: { "content-type": "application/json" },
        signal,
      }),
    initialPageParam: 0,
    getNextPageParam: (last) => last.nextOffset ?? undefined,
    enabled: query.trim().length >= 2,
    staleTime: 30_000,
  });
}

/** Catalog id → query name, for naming tables in their one display form (payment.public.invoices). */
export function useCatalogNames(projectId: string): Map<string, string> {
  const { data } = useCatalogs(projectId);
  return useMemo(() => new Map((data ?? []).map((catalog) => [catalog.id, catalog.name])), [data]);
}
