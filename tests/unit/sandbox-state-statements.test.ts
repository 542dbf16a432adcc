// The sandbox's state database keeps its prepared statements (sandbox/state/open-state.ts).
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { describe, expect, it } from "vitest";

import { openState } from "@/sandbox/state/open-state";

const fresh = () => openState(join(mkdtempSync(join(tmpdir(), "sandbox-state-")), "sandbox.sqlite"));

describe("the sandbox's state statements", () => {
  it("compiles a query once and hands the same statement back", () => {
    const db = fresh();
    const first = db.prepare("SELECT kind FROM api_keys WHERE key = ?");
    expect(db.prepare("SELECT kind FROM api_keys WHERE key = ?")).toBe(first);
    db.prepare("INSERT INTO api_keys (key, kind) VALUES (?, 'partner')").run("k1");
    expect(first.get("k1")).toEqual({ kind: "partner" });
    db.close();
  });

  it("gives a statement that is still being iterated a fresh twin, then the kept one again", () => {
    const db = fresh();
    const insert = db.prepare("INSERT INTO meta (key, value) VALUES (?, ?)");
    insert.run("a", "1");
    insert.run("b", "2");
    const reading = db.prepare("SELECT key FROM meta ORDER BY key");
    const rows = reading.iterate();
    expect(rows.next().value).toEqual({ key: "a" });
    const twin = db.prepare("SELECT key FROM meta ORDER BY key");
    expect(twin).not.toBe(reading);
    expect(twin.all()).toEqual([{ key: "a" }, { key: "b" }]);
    rows.return?.();
    expect(db.prepare("SELECT key FROM meta ORDER BY key")).toBe(reading);
    db.close();
  });

  it("keeps at most 256 statements, dropping the oldest", () => {
    const db = fresh();
    const oldest = db.prepare("SELECT 0");
    for (let i = 1; i <= 256; i++) db.prepare(`SELECT ${i}`);
    expect(db.prepare("SELECT 0")).not.toBe(oldest);
    expect(db.prepare("SELECT 256")).toBe(db.prepare("SELECT 256"));
    db.close();
  });
});
