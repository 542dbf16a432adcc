import { type TableInfo } from "../catalog/types";
import { type CacheStore } from "../engine/store";
import { quoteIdent } from "../seed/source-db";

export type ColumnStatistic = { columnName: string; distinctFraction: number };

// PostgreSQL's n_distinct convention, which the vendor's example follows (a unique column is -1.0, a column with
// one value is 1.0): minus the share of distinct values when they grow with the table, else their absolute count.
export function distinctFraction(distinct: number, rows: number): number {
  if (rows === 0) return 0;
  const share = distinct / rows;
  return share > 0.1 ? -Math.round(share * 10_000) / 10_000 : distinct;
}

/** Metadata-only tables (no source rows in the sandbox) have no statistics collected. */
export function columnStatistics(store: CacheStore, table: TableInfo): ColumnStatistic[] {
  if (!table.source) return [];
  const columns = table.columns();
  const counts = columns.map((c, i) => `COUNT(DISTINCT ${quoteIdent(c.name)}) AS d${i}`).join(", ");
  const source = `${table.source.alias}.${quoteIdent(table.source.physical)}`;
  const row = store.db.prepare(`SELECT COUNT(*) AS n, ${counts} FROM ${source}`).get() as Record<
    string,
    number
  >;
  const rows = row.n ?? 0;
  return columns.map((c, i) => ({
    columnName: c.name,
    distinctFraction: distinctFraction(row[`d${i}`] ?? 0, rows),
  }));
}
