import Database from "better-sqlite3";

export type CacheMode = "FULL_REFRESH" | "INCREMENTAL";

export type ColumnDef = {
  name: string;
  type: string;
  notNull?: boolean;
  unique?: boolean;
  desc?: string;
};

export type TableDef = {
  schema: string;
  table: string;
  columns: ColumnDef[];
  modes: CacheMode[];
  dynamic?: boolean;
};

export const quoteIdent = (name: string): string => `"${name.replaceAll('"', '""')}"`;

export function openSource(file: string): Database.Database {
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  db.pragma("busy_timeout = 5000");
  return db;
}

export function initSourceCatalog(db: Database.Database): void {
  db.exec(`
    CREATE TABLE IF NOT EXISTS _sandbox_tables (
      schema_name TEXT NOT NULL, table_name TEXT NOT NULL, physical TEXT NOT NULL UNIQUE,
      modes TEXT NOT NULL, dynamic INTEGER NOT NULL, columns_json TEXT NOT NULL,
      PRIMARY KEY (schema_name, table_name));
    CREATE TABLE IF NOT EXISTS _changes (
      id INTEGER PRIMARY KEY AUTOINCREMENT, tbl TEXT NOT NULL, op TEXT NOT NULL, pk INTEGER NOT NULL);
    CREATE INDEX IF NOT EXISTS _changes_by_table ON _changes (tbl, id);
  `);
}

function physicalName(def: TableDef, index: number): string {
  const slug = `${def.schema}_${def.table}`
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_|_$/g, "");
  return `t${index}_${slug || "table"}`;
}

// Every source table has an integer `id` key so the change log can point at rows.
export function createSourceTable(db: Database.Database, def: TableDef, index: number): string {
  const physical = physicalName(def, index);
  const t = quoteIdent(physical);
  const columns = def.columns.map((c) => {
    if (c.name === "id") return `"id" INTEGER PRIMARY KEY`;
    return `${quoteIdent(c.name)} ${c.type}${c.notNull ? " NOT NULL" : ""}${c.unique ? " UNIQUE" : ""}`;
  });
  db.exec(`CREATE TABLE ${t} (${columns.join(", ")})`);
  // Only incremental-capable tables keep a change log; a FULL_REFRESH-only table mirrors sources without one.
  if (def.modes.includes("INCREMENTAL")) {
    const lit = `'${physical}'`;
    db.exec(`
      CREATE TRIGGER ${quoteIdent(`${physical}_ai`)} AFTER INSERT ON ${t}
        BEGIN INSERT INTO _changes (tbl, op, pk) VALUES (${lit}, 'I', NEW.id); END;
      CREATE TRIGGER ${quoteIdent(`${physical}_au`)} AFTER UPDATE ON ${t}
        BEGIN
          INSERT INTO _changes (tbl, op, pk) VALUES (${lit}, 'U', NEW.id);
          INSERT INTO _changes (tbl, op, pk) SELECT ${lit}, 'D', OLD.id WHERE OLD.id <> NEW.id;
        END;
      CREATE TRIGGER ${quoteIdent(`${physical}_ad`)} AFTER DELETE ON ${t}
        BEGIN INSERT INTO _changes (tbl, op, pk) VALUES (${lit}, 'D', OLD.id); END;
    `);
  }
  db.prepare(
    "INSERT INTO _sandbox_tables (schema_name, table_name, physical, modes, dynamic, columns_json) VALUES (?, ?, ?, ?, ?, ?)",
  ).run(
    def.schema,
    def.table,
    physical,
    def.modes.join(","),
    def.dynamic ? 1 : 0,
    JSON.stringify(def.columns),
  );
  return physical;
}

export type Row = Record<string, string | number | null>;

export function insertRows(
  db: Database.Database,
  physical: string,
  columns: ColumnDef[],
  rows: Iterable<Row>,
): number {
  const names = columns.map((c) => c.name);
  const insert = db.prepare(
    `INSERT INTO ${quoteIdent(physical)} (${names.map(quoteIdent).join(", ")}) VALUES (${names.map(() => "?").join(", ")})`,
  );
  let count = 0;
  db.transaction(() => {
    for (const row of rows) {
      insert.run(names.map((n) => row[n] ?? null));
      count++;
    }
  })();
  return count;
}

export type SourceTableMeta = {
  schemaName: string;
  tableName: string;
  physical: string;
  modes: CacheMode[];
  dynamic: boolean;
  columns: ColumnDef[];
};

export function readSourceTables(db: Database.Database): SourceTableMeta[] {
  const rows = db
    .prepare(
      "SELECT schema_name, table_name, physical, modes, dynamic, columns_json FROM _sandbox_tables ORDER BY rowid",
    )
    .all() as {
    schema_name: string;
    table_name: string;
    physical: string;
    modes: string;
    dynamic: number;
    columns_json: string;
  }[];
  return rows.map((r) => ({
    schemaName: r.schema_name,
    tableName: r.table_name,
    physical: r.physical,
    modes: r.modes === "" ? [] : (r.modes.split(",") as CacheMode[]),
    dynamic: r.dynamic === 1,
    columns: JSON.parse(r.columns_json) as ColumnDef[],
  }));
}
