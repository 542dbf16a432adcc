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

/**
 * One column's distinctness as Peaka reports it (the vendor's example follows PostgreSQL's n_distinct: a negative
 * value is minus the share of distinct values, -1 meaning unique; a positive one reads as a count of distinct values).
 */
export type ColumnDistinctness = { column: string; distinctFraction: number | null };

/** Peaka's table statistics. They carry no row count: the rows of a cached copy come from its runs' progress. */
export type TableStatistics = {
  catalogId: string;
  schemaName: string;
  tableName: string;
  columns: ColumnDistinctness[];
};

export type ConnectionSummary = { id: string; name: string; type: string };
