import "server-only";

import type {
  CacheKind,
  CatalogSummary,
  SchemaSummary,
  SearchResults,
  TableCacheState,
  TableStatistics,
  TableSummary,
} from "@/lib/types";

import { call } from "./call";
import type { PeakaClient } from "./client";
import {
  list,
  vendorCatalog,
  vendorSchema,
  vendorSearchResult,
  vendorTable,
  vendorTableCacheResult,
  vendorTableStatistics,
} from "./vendor-schemas";

const BUILT_IN_TYPES = new Set(["internal", "query"]);

function cacheKinds(values: string[] | null | undefined): CacheKind[] | null {
  if (!values) return null;
  return values
    .map((v) => v.toUpperCase())
    .filter((v): v is CacheKind => v === "FULL_REFRESH" || v === "INCREMENTAL");
}

export function catalogApi(client: PeakaClient) {
  return {
    async listCatalogs(projectId: string): Promise<CatalogSummary[]> {
      const raw = await call("listCatalogs", list(vendorCatalog), () =>
        client.GET("/data/projects/{projectId}/catalogs", { params: { path: { projectId } } }),
      );
      return raw.map((c) => {
        const type = c.catalogType ?? "unknown";
        const name = c.name ?? c.id;
        return {
          id: c.id,
          name,
          displayName: c.displayName ?? name,
          type,
          builtIn: BUILT_IN_TYPES.has(type.toLowerCase()),
        };
      });
    },

    async listSchemas(projectId: string, catalogId: string): Promise<SchemaSummary[]> {
      const raw = await call("listSchemas", list(vendorSchema), () =>
        client.GET("/data/projects/{projectId}/catalogs/{catalogId}/schemas", {
          params: { path: { projectId, catalogId } },
        }),
      );
      return raw.map((s) => ({ catalogId: s.catalogId, catalogName: s.catalogName, name: s.schemaName }));
    },

    async listTables(projectId: string, catalogId: string, schemaName: string): Promise<TableSummary[]> {
      const raw = await call("listTables", list(vendorTable), () =>
        client.GET("/data/projects/{projectId}/catalogs/{catalogId}/schemas/{schemaName}/tables", {
          params: { path: { projectId, catalogId, schemaName } },
        }),
      );
      return raw.map((t) => ({
        catalogId: t.catalogId,
        catalogName: t.catalogName,
        schemaName: t.schemaName,
        name: t.tableName,
        cacheable: t.isCacheable ?? false,
        dynamic: t.isDynamicTable ?? false,
        cached: t.isCached ?? false,
        supportedCacheTypes: cacheKinds(t.supportedCacheTypes),
      }));
    },

    async isTableCached(
      projectId: string,
      table: { catalogId: string; schemaName: string; tableName: string },
    ): Promise<TableCacheState> {
      const raw = await call("isTableCached", vendorTableCacheResult, () =>
        client.GET(
          "/data/projects/{projectId}/catalogs/{catalogId}/schemas/{schemaName}/tables/{tableName}/isCached",
          { params: { path: { projectId, ...table } } },
        ),
      );
      return {
        cached: raw.isCached ?? false,
        cacheable: raw.isCacheable,
        supportedCacheTypes: cacheKinds(raw.supportedCacheTypes),
      };
    },

    async getTableStatistics(
      projectId: string,
      table: { catalogId: string; schemaName: string; tableName: string },
    ): Promise<TableStatistics> {
      const raw = await call("getTableStatistics", vendorTableStatistics, () =>
        client.GET(
          "/data/projects/{projectId}/catalogs/{catalogId}/schemas/{schemaName}/tables/{tableName}/statistics",
          { params: { path: { projectId, ...table } } },
        ),
      );
      return {
        catalogId: raw.catalogId ?? table.catalogId,
        schemaName: raw.schemaName ?? table.schemaName,
        tableName: raw.tableName ?? table.tableName,
        columns: (raw.columnStatistics ?? []).map((c) => ({
          column: c.columnName,
          distinctFraction: c.distinctFraction,
        })),
      };
    },

    async searchTables(
      projectId: string,
      request: { query?: string; catalog?: string; schema?: string; limit?: number; offset?: number },
    ): Promise<SearchResults> {
      const raw = await call("searchTables", vendorSearchResult, () =>
        client.POST("/data/projects/{projectId}/search", { params: { path: { projectId } }, body: request }),
      );
      return {
        catalogs: raw.matchedCatalogs ?? [],
        schemas: raw.matchedSchemas ?? [],
        tables: raw.matchedTables ?? [],
        nextOffset: raw.meta?.page?.nextOffset ?? null,
      };
    },
  };
}

export type CatalogApi = ReturnType<typeof catalogApi>;
