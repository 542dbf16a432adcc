import { createRng, hashString } from "../prng";
import { type ColumnDef } from "../seed/source-db";
import { type CatalogRow, type CatalogView, type TableInfo } from "./types";

export const LARGE_SCHEMAS = 200;
export const LARGE_TABLES_PER_SCHEMA = 100;

const AREAS = [
  "finance",
  "sales",
  "ops",
  "hr",
  "marketing",
  "support",
  "legal",
  "product",
  "risk",
  "logistics",
];
const NOUNS = [
  "orders",
  "events",
  "ledger",
  "accounts",
  "shipments",
  "tickets",
  "sessions",
  "payouts",
  "leads",
];
const SUFFIXES = ["daily", "raw", "snapshot", "history", "v2", "agg", "staging", "archive"];
const TYPES = ["varchar", "bigint", "double", "timestamp", "boolean", "date", "decimal(18,4)"];

const schemaName = (i: number): string =>
  `${AREAS[i % AREAS.length] ?? "area"}_${String(i).padStart(3, "0")}`;

function tableName(schemaIndex: number, j: number): string {
  const h = hashString(`${schemaIndex}:${j}`);
  return `${NOUNS[h % NOUNS.length] ?? "t"}_${SUFFIXES[(h >>> 8) % SUFFIXES.length] ?? "x"}_${String(j).padStart(3, "0")}`;
}

function columnsFor(schema: string, table: string): ColumnDef[] {
  const rng = createRng(hashString(`${schema}.${table}`));
  const count = rng.int(4, 24);
  const cols: ColumnDef[] = [{ name: "id", type: "bigint", notNull: true, unique: true }];
  for (let i = 1; i < count; i++)
    cols.push({ name: `col_${String(i).padStart(2, "0")}`, type: rng.pick(TYPES) });
  return cols;
}

// Metadata only, generated on demand: 20,000 tables cost nothing until someone lists a schema.
export function createLargeCatalog(row: CatalogRow): CatalogView {
  const schemaIndex = new Map<string, number>();
  for (let i = 0; i < LARGE_SCHEMAS; i++) schemaIndex.set(schemaName(i), i);
  const tableCache = new Map<number, TableInfo[]>();

  const tablesOf = (i: number): TableInfo[] => {
    const cached = tableCache.get(i);
    if (cached) return cached;
    const schema = schemaName(i);
    const list: TableInfo[] = [];
    for (let j = 0; j < LARGE_TABLES_PER_SCHEMA; j++) {
      const table = tableName(i, j);
      list.push({
        catalogId: row.id,
        catalogName: row.name,
        schemaName: schema,
        tableName: table,
        modes: [],
        dynamic: false,
        columns: () => columnsFor(schema, table),
        source: null,
      });
    }
    tableCache.set(i, list);
    return list;
  };

  return {
    row,
    schemaNames: () => [...schemaIndex.keys()],
    tables: (schema) => {
      const i = schemaIndex.get(schema);
      return i === undefined ? undefined : tablesOf(i);
    },
    table: (schema, table) => {
      const i = schemaIndex.get(schema);
      return i === undefined ? undefined : tablesOf(i).find((t) => t.tableName === table);
    },
  };
}
