import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";

import { withStatementCache } from "@/lib/server/db/statement-cache";

describe("the console's SQLite statement cache", () => {
  it("prepares a query once and hands the same statement back", () => {
    const db = withStatementCache(new Database(":memory:"));
    const first = db.prepare("select 1 as one");
    expect(db.prepare("select 1 as one")).toBe(first);
    expect(first.all([])).toEqual([{ one: 1 }]);
    db.close();
  });

  it("gives a statement that is still being iterated a fresh twin instead", () => {
    const db = withStatementCache(new Database(":memory:"));
    db.prepare("create table t (n integer)").run([]);
    db.prepare("insert into t values (1), (2)").run([]);
    const reading = db.prepare("select n from t");
    const rows = reading.iterate([]);
    rows.next();
    const twin = db.prepare("select n from t");
    expect(twin).not.toBe(reading);
    rows.return?.();
    expect(twin.all([])).toEqual([{ n: 1 }, { n: 2 }]);
    // Done iterating: the kept one is handed out again.
    expect(db.prepare("select n from t")).toBe(reading);
    db.close();
  });

  it("keeps at most 256 statements, dropping the oldest", () => {
    const db = withStatementCache(new Database(":memory:"));
    const oldest = db.prepare("select 0");
    for (let i = 1; i <= 256; i++) db.prepare(`select ${i}`);
    expect(db.prepare("select 0")).not.toBe(oldest);
    expect(db.prepare("select 256")).toBe(db.prepare("select 256"));
    db.close();
  });
});
