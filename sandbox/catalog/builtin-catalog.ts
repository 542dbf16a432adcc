import { type ColumnDef } from "../seed/source-db";
import { type CatalogRow, type CatalogView, type TableInfo } from "./types";

type Shape = Record<string, Record<string, ColumnDef[]>>;

const col = (name: string, type: string, desc?: string): ColumnDef => ({
  name,
  type,
  ...(desc ? { desc } : {}),
});
const id = (): ColumnDef => ({ name: "id", type: "bigint", notNull: true, unique: true });

// The vendor's examples show saved queries as tables of the `query` catalog (schema "query", e.g. "samplequery")
// and internal and BI tables in the `internal` catalog (schemas "table" and "bitable"), none of them cacheable.
const SHAPES: Record<string, Shape> = {
  internal: {
    table: {
      revenue_targets: [
        id(),
        col("month", "date"),
        col("region", "varchar"),
        col("target_amount", "decimal(18,2)"),
      ],
      fx_rates: [col("currency", "varchar"), col("rate_to_usd", "double"), col("valid_from", "date")],
    },
    bitable: {
      sales_pipeline: [id(), col("deal_name", "varchar"), col("stage", "varchar"), col("owner", "varchar")],
    },
  },
  query: {
    query: {
      samplequery: [col("amount", "bigint"), col("currency", "varchar"), col("created", "timestamp")],
      revenue_by_month: [col("month", "date"), col("revenue", "decimal(18,2)"), col("charges", "bigint")],
      active_customers: [id(), col("email", "varchar"), col("last_charge_at", "timestamp")],
      failed_charges_last_7d: [id(), col("customer_id", "bigint"), col("failure_code", "varchar")],
    },
  },
};

export function createBuiltinCatalog(row: CatalogRow): CatalogView {
  const shape = SHAPES[row.catalogType] ?? {};
  const bySchema = new Map<string, TableInfo[]>(
    Object.entries(shape).map(([schemaName, tables]) => [
      schemaName,
      Object.entries(tables).map(([tableName, columns]) => ({
        catalogId: row.id,
        catalogName: row.name,
        schemaName,
        tableName,
        modes: [],
        dynamic: false,
        columns: () => columns,
        source: null,
      })),
    ]),
  );
  return {
    row,
    schemaNames: () => [...bySchema.keys()],
    tables: (schema) => bySchema.get(schema),
    table: (schema, table) => bySchema.get(schema)?.find((t) => t.tableName === table),
  };
}
