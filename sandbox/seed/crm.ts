import type Database from "better-sqlite3";

import { type Rng } from "../prng";
import { createSourceTable, insertRows, type Row, type TableDef } from "./source-db";
import { CITIES, FIRST_NAMES, INDUSTRIES, LAST_NAMES, dayAfter, isoBetween, money } from "./words";

const INC: TableDef["modes"] = ["FULL_REFRESH", "INCREMENTAL"];

// Names with spaces, slashes, both quote kinds and non-Latin letters exercise path encoding end to end.
export const ODD_SCHEMA = `emea/"nord" région`;
export const ODD_TABLE = `kunden 顧客 / o'brien "vip" list`;

export const CRM_COUNTS = { companies: 3_000, contacts: 15_000, deals: 8_000, odd: 250 };

const COMPANIES: TableDef = {
  schema: "sales",
  table: "companies",
  modes: INC,
  columns: [
    { name: "id", type: "bigint", notNull: true, unique: true },
    { name: "name", type: "varchar", notNull: true },
    { name: "domain", type: "varchar", unique: true },
    { name: "industry", type: "varchar" },
    { name: "employees", type: "bigint" },
    { name: "country", type: "varchar" },
    { name: "created_at", type: "timestamp" },
  ],
};
const CONTACTS: TableDef = {
  schema: "sales",
  table: "contacts",
  modes: INC,
  columns: [
    { name: "id", type: "bigint", notNull: true, unique: true },
    { name: "company_id", type: "bigint" },
    { name: "first_name", type: "varchar" },
    { name: "last_name", type: "varchar" },
    { name: "email", type: "varchar", notNull: true },
    { name: "phone", type: "varchar" },
    { name: "title", type: "varchar" },
    { name: "lifecycle_stage", type: "varchar" },
    { name: "created_at", type: "timestamp" },
  ],
};
const DEALS: TableDef = {
  schema: "sales",
  table: "deals",
  modes: INC,
  columns: [
    { name: "id", type: "bigint", notNull: true, unique: true },
    { name: "company_id", type: "bigint" },
    { name: "contact_id", type: "bigint" },
    { name: "name", type: "varchar" },
    { name: "stage", type: "varchar" },
    { name: "amount", type: "decimal(12,2)" },
    { name: "probability", type: "double" },
    { name: "close_date", type: "date" },
    { name: "owner_email", type: "varchar" },
  ],
};
const LOOKUP: TableDef = {
  schema: "sales",
  table: "contact_lookup",
  modes: [],
  dynamic: true,
  columns: [
    { name: "id", type: "bigint" },
    { name: "_q_email", type: "varchar", notNull: true, desc: "Required query parameter" },
    { name: "_q_limit", type: "bigint", desc: "Optional query parameter" },
    { name: "email", type: "varchar" },
    { name: "full_name", type: "varchar" },
  ],
};
const ODD: TableDef = {
  schema: ODD_SCHEMA,
  table: ODD_TABLE,
  modes: INC,
  columns: [
    { name: "id", type: "bigint", notNull: true, unique: true },
    { name: "kundenname", type: "varchar" },
    { name: "stadt / city", type: "varchar" },
    { name: "umsatz", type: "decimal(12,2)" },
  ],
};

function* generate(def: TableDef, rng: Rng, count: number): Generator<Row> {
  for (let id = 1; id <= count; id++) {
    const first = rng.pick(FIRST_NAMES);
    const last = rng.pick(LAST_NAMES);
    const [country, city] = rng.pick(CITIES);
    const at = isoBetween(rng, 0, 690);
    if (def === COMPANIES) {
      const name = `${last} ${rng.pick(["Labs", "Systems", "GmbH", "Group", "Partners", "AŞ"])}`;
      yield {
        id,
        name,
        domain: `${name.toLowerCase().replace(/[^a-z]+/g, "")}${id}.example`,
        industry: rng.pick(INDUSTRIES),
        employees: rng.int(3, 20_000),
        country,
        created_at: at,
      };
    } else if (def === CONTACTS) {
      yield {
        id,
        company_id: rng.int(1, CRM_COUNTS.companies),
        first_name: first,
        last_name: last,
        email: `${first}.${id}@example.org`.toLowerCase(),
        phone: `+1-555-${String(rng.int(0, 9999)).padStart(4, "0")}`,
        title: rng.pick(["CTO", "Engineer", "Head of Data", "CFO", "Analyst"]),
        lifecycle_stage: rng.pick(["lead", "mql", "sql", "customer", "churned"]),
        created_at: at,
      };
    } else if (def === DEALS) {
      const stage = rng.pick(["qualification", "proposal", "negotiation", "closed_won", "closed_lost"]);
      yield {
        id,
        company_id: rng.int(1, CRM_COUNTS.companies),
        contact_id: rng.int(1, CRM_COUNTS.contacts),
        name: `${rng.pick(["Renewal", "Expansion", "Pilot", "New business"])} #${id}`,
        stage,
        amount: money(rng, 500, 250_000),
        probability: rng.int(0, 100) / 100,
        close_date: dayAfter(at, 45),
        owner_email: `${rng.pick(FIRST_NAMES).toLowerCase()}@sales.example`,
      };
    } else {
      yield { id, kundenname: `${first} ${last}`, "stadt / city": city, umsatz: money(rng, 10, 90_000) };
    }
  }
}

export function seedCrm(db: Database.Database, rng: Rng): void {
  const plan: [TableDef, number][] = [
    [COMPANIES, CRM_COUNTS.companies],
    [CONTACTS, CRM_COUNTS.contacts],
    [DEALS, CRM_COUNTS.deals],
    [LOOKUP, 0],
    [ODD, CRM_COUNTS.odd],
  ];
  plan.forEach(([def, count], index) => {
    const physical = createSourceTable(db, def, index);
    insertRows(db, physical, def.columns, generate(def, rng, count));
  });
}
