import { type CacheMode, type ColumnDef } from "../seed/source-db";

export type CatalogRow = {
  id: string;
  projectId: string;
  name: string;
  displayName: string;
  catalogType: string;
  connectionId: string | null;
  kind: "builtin" | "source" | "large";
  sourceFile: string | null;
};

export type SourceRef = { alias: string; physical: string };

export type TableInfo = {
  catalogId: string;
  catalogName: string;
  schemaName: string;
  tableName: string;
  modes: CacheMode[];
  dynamic: boolean;
  columns: () => ColumnDef[];
  source: SourceRef | null;
};

export type CatalogView = {
  row: CatalogRow;
  schemaNames(): string[];
  tables(schemaName: string): TableInfo[] | undefined;
  table(schemaName: string, tableName: string): TableInfo | undefined;
};
