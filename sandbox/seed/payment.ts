import type Database from "better-sqlite3";

import { type Rng } from "../prng";
import { createSourceTable, insertRows, type Row, type TableDef } from "./source-db";
import { CITIES, CURRENCIES, FIRST_NAMES, LAST_NAMES, dayAfter, isoBetween, money, ref } from "./words";

export const PAYMENT_COUNTS = {
  customers: 20_000,
  charges: 60_000,
  invoices: 30_000,
  refunds: 6_000,
  subscriptions: 12_000,
};

const INC: TableDef["modes"] = ["FULL_REFRESH", "INCREMENTAL"];

export const CUSTOMERS: TableDef = {
  schema: "public",
  table: "customers",
  modes: INC,
  columns: [
    { name: "id", type: "bigint", notNull: true, unique: true, desc: "Customer key" },
    { name: "customer_ref", type: "varchar", notNull: true, unique: true },
    { name: "full_name", type: "varchar", notNull: true },
    { name: "email", type: "varchar", notNull: true },
    { name: "country", type: "varchar" },
    { name: "city", type: "varchar" },
    { name: "currency", type: "varchar" },
    { name: "plan_tier", type: "varchar" },
    { name: "balance_cents", type: "bigint" },
    { name: "is_delinquent", type: "boolean" },
    { name: "created_at", type: "timestamp", notNull: true },
  ],
};

export function customerRow(rng: Rng, id: number): Row {
  const first = rng.pick(FIRST_NAMES);
  const last = rng.pick(LAST_NAMES);
  const [country, city] = rng.pick(CITIES);
  return {
    id,
    customer_ref: ref("cus", id),
    full_name: `${first} ${last}`,
    email: `${first}.${last}.${id}@example.com`.toLowerCase().replace(/[^a-z0-9.@-]/g, ""),
    country,
    city,
    currency: rng.pick(CURRENCIES),
    plan_tier: rng.pick(["free", "starter", "growth", "enterprise"]),
    balance_cents: rng.int(-5_000, 250_000),
    is_delinquent: rng.chance(0.04) ? 1 : 0,
    created_at: isoBetween(rng, 0, 600),
  };
}

const TABLES: TableDef[] = [
  CUSTOMERS,
  {
    schema: "public",
    table: "charges",
    modes: INC,
    columns: [
      { name: "id", type: "bigint", notNull: true, unique: true },
      { name: "charge_ref", type: "varchar", notNull: true, unique: true },
      { name: "customer_id", type: "bigint", notNull: true },
      { name: "amount", type: "decimal(12,2)", notNull: true },
      { name: "currency", type: "varchar", notNull: true },
      { name: "status", type: "varchar", notNull: true },
      { name: "payment_method", type: "varchar" },
      { name: "card_brand", type: "varchar" },
      { name: "captured", type: "boolean" },
      { name: "failure_code", type: "varchar" },
      { name: "created_at", type: "timestamp", notNull: true },
    ],
  },
  {
    schema: "public",
    table: "invoices",
    modes: INC,
    columns: [
      { name: "id", type: "bigint", notNull: true, unique: true },
      { name: "invoice_number", type: "varchar", notNull: true, unique: true },
      { name: "customer_id", type: "bigint", notNull: true },
      { name: "subscription_id", type: "bigint" },
      { name: "amount_due", type: "decimal(12,2)" },
      { name: "amount_paid", type: "decimal(12,2)" },
      { name: "status", type: "varchar" },
      { name: "due_date", type: "date" },
      { name: "issued_at", type: "timestamp" },
    ],
  },
  {
    schema: "public",
    table: "refunds",
    modes: INC,
    columns: [
      { name: "id", type: "bigint", notNull: true, unique: true },
      { name: "refund_ref", type: "varchar", notNull: true, unique: true },
      { name: "charge_id", type: "bigint", notNull: true },
      { name: "amount", type: "decimal(12,2)" },
      { name: "reason", type: "varchar" },
      { name: "status", type: "varchar" },
      { name: "created_at", type: "timestamp" },
    ],
  },
  {
    schema: "public",
    table: "subscriptions",
    modes: INC,
    columns: [
      { name: "id", type: "bigint", notNull: true, unique: true },
      { name: "subscription_ref", type: "varchar", notNull: true, unique: true },
      { name: "customer_id", type: "bigint", notNull: true },
      { name: "plan", type: "varchar" },
      { name: "status", type: "varchar" },
      { name: "monthly_amount", type: "decimal(12,2)" },
      { name: "started_at", type: "timestamp" },
      { name: "current_period_end", type: "date" },
      { name: "cancel_at_period_end", type: "boolean" },
    ],
  },
  {
    schema: "public",
    table: "disputes_live",
    modes: [],
    columns: [
      { name: "id", type: "bigint", notNull: true, unique: true, desc: "Served live from the processor" },
      { name: "charge_id", type: "bigint" },
      { name: "status", type: "varchar" },
      { name: "opened_at", type: "timestamp" },
    ],
  },
  {
    schema: "reporting",
    table: "daily_balances",
    modes: ["FULL_REFRESH"],
    columns: [
      { name: "id", type: "bigint", notNull: true, unique: true },
      { name: "day", type: "date", notNull: true },
      { name: "currency", type: "varchar", notNull: true },
      { name: "available", type: "decimal(14,2)" },
      { name: "pending", type: "decimal(14,2)" },
    ],
  },
];

function* rowsFor(table: string, rng: Rng, count: number): Generator<Row> {
  const c = PAYMENT_COUNTS;
  for (let id = 1; id <= count; id++) {
    const at = isoBetween(rng, 0, 690);
    if (table === "customers") yield customerRow(rng, id);
    else if (table === "charges") {
      const status = rng.pick(["succeeded", "succeeded", "succeeded", "failed", "pending"]);
      yield {
        id,
        charge_ref: ref("ch", id),
        customer_id: rng.int(1, c.customers),
        amount: money(rng, 1, 2_000),
        currency: rng.pick(CURRENCIES),
        status,
        payment_method: rng.pick(["card", "sepa_debit", "ach"]),
        card_brand: rng.pick(["visa", "mastercard", "amex", null]),
        captured: status === "succeeded" ? 1 : 0,
        failure_code:
          status === "failed" ? rng.pick(["card_declined", "expired_card", "insufficient_funds"]) : null,
        created_at: at,
      };
    } else if (table === "invoices") {
      const due = money(rng, 9, 5_000);
      const status = rng.pick(["paid", "paid", "open", "draft", "void", "uncollectible"]);
      yield {
        id,
        invoice_number: `INV-${String(id).padStart(7, "0")}`,
        customer_id: rng.int(1, c.customers),
        subscription_id: rng.chance(0.8) ? rng.int(1, c.subscriptions) : null,
        amount_due: due,
        amount_paid: status === "paid" ? due : 0,
        status,
        due_date: dayAfter(at, 30),
        issued_at: at,
      };
    } else if (table === "refunds") {
      yield {
        id,
        refund_ref: ref("re", id),
        charge_id: rng.int(1, c.charges),
        amount: money(rng, 1, 500),
        reason: rng.pick(["requested_by_customer", "duplicate", "fraudulent"]),
        status: rng.pick(["succeeded", "pending", "failed"]),
        created_at: at,
      };
    } else if (table === "subscriptions") {
      yield {
        id,
        subscription_ref: ref("sub", id),
        customer_id: rng.int(1, c.customers),
        plan: rng.pick(["starter-monthly", "growth-monthly", "growth-yearly", "enterprise"]),
        status: rng.pick(["active", "active", "trialing", "past_due", "canceled"]),
        monthly_amount: money(rng, 9, 900),
        started_at: at,
        current_period_end: dayAfter(at, 30),
        cancel_at_period_end: rng.chance(0.1) ? 1 : 0,
      };
    } else if (table === "disputes_live") {
      yield {
        id,
        charge_id: rng.int(1, c.charges),
        status: rng.pick(["needs_response", "won", "lost"]),
        opened_at: at,
      };
    } else {
      yield {
        id,
        day: dayAfter(new Date(Date.UTC(2025, 0, 1)).toISOString(), Math.floor((id - 1) / 5)),
        currency: CURRENCIES[(id - 1) % 5] ?? "USD",
        available: money(rng, 1_000, 900_000),
        pending: money(rng, 0, 50_000),
      };
    }
  }
}

export const EXTRA_COUNTS: Record<string, number> = { disputes_live: 400, daily_balances: 1_500 };

export function seedPayment(db: Database.Database, rng: Rng): void {
  TABLES.forEach((def, index) => {
    const physical = createSourceTable(db, def, index);
    const count = (PAYMENT_COUNTS as Record<string, number>)[def.table] ?? EXTRA_COUNTS[def.table] ?? 0;
    insertRows(db, physical, def.columns, rowsFor(def.table, rng, count));
  });
}
