export type CatalogSummary = {
  id: string;
  name: string;
  displayName: string;
  type: string;
  builtIn: boolean;
};

export type SchemaSummary = { catalogId: string; catalogName: string | null; name: string };

export type CacheKind = "FULL_REFRESH" | "INCREMENTAL";

export type TableSummary = {
  catalogId: string;
  catalogName: string | null;
  schemaName: string;
  name: string;
  cacheable: boolean;
  dynamic: boolean;
  cached: boolean;
  supportedCacheTypes: CacheKind[] | null;
};

export type TableCacheState = {
  cached: boolean;
  cacheable: boolean | null;
  supportedCacheTypes: CacheKind[] | null;
};

export type SearchHit = { catalog: string; schema: string | null; table: string | null };

export type SearchResults = {
  catalogs: SearchHit[];
  schemas: SearchHit[];
  tables: SearchHit[];
  nextOffset: number | null;
};
