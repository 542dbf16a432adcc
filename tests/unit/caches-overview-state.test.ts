import { describe, expect, it } from "vitest";

import {
  applyOverviewState,
  DEFAULT_STATE,
  readOverviewState,
  writeOverviewState,
} from "@/lib/caches/overview-state";
import type { CacheSummary } from "@/lib/types";

function cache(overrides: Partial<CacheSummary>): CacheSummary {
  return {
    id: "c",
    catalogId: "1",
    catalogName: "Payment",
    schemaName: "public",
    tableName: "t",
    status: "completed",
    running: [],
    lastSyncAt: null,
    rowsCached: null,
    lastSyncKnown: true,
    historySince: null,
    currentRun: null,
    lastError: null,
    mode: "one-time",
    schedules: { incremental: null, fullRefresh: null },
    ...overrides,
  };
}

const CACHES = [
  cache({ id: "a", tableName: "charges", rowsCached: 60_000, lastSyncAt: "2026-11-28T10:00:00Z" }),
  cache({ id: "b", tableName: "customers", status: "failed", lastError: "Source timed out" }),
  cache({ id: "c", tableName: "campaigns", catalogId: "9", catalogName: "Marketing", status: "running" }),
  cache({ id: "d", tableName: "refunds", rowsCached: 6_000, lastSyncAt: "2026-11-28T11:00:00Z" }),
];

const ids = (list: CacheSummary[]) => list.map((c) => c.id);

describe("URL state", () => {
  it("round-trips every field and leaves defaults out of the URL", () => {
    const state = {
      q: "char",
      status: "failed",
      fresh: "warn",
      catalog: "9",
      sort: "rows",
      dir: "desc",
    } as const;
    expect(readOverviewState(writeOverviewState(state))).toEqual(state);
    expect(writeOverviewState(DEFAULT_STATE).toString()).toBe("");
  });

  it("ignores values it does not know", () => {
    const state = readOverviewState(new URLSearchParams("status=exploded&sort=colour&dir=sideways"));
    expect(state).toEqual(DEFAULT_STATE);
  });
});

describe("filtering and sorting", () => {
  it("sorts by table identity by default", () => {
    expect(ids(applyOverviewState(CACHES, DEFAULT_STATE))).toEqual(["c", "a", "b", "d"]);
  });

  it("filters by status, by catalog and by free text over names and errors", () => {
    expect(ids(applyOverviewState(CACHES, { ...DEFAULT_STATE, status: "failed" }))).toEqual(["b"]);
    expect(ids(applyOverviewState(CACHES, { ...DEFAULT_STATE, catalog: "9" }))).toEqual(["c"]);
    expect(ids(applyOverviewState(CACHES, { ...DEFAULT_STATE, q: "TIMED out" }))).toEqual(["b"]);
    expect(ids(applyOverviewState(CACHES, { ...DEFAULT_STATE, q: "payment.public.ref" }))).toEqual(["d"]);
  });

  it("sorts by name in both directions", () => {
    expect(ids(applyOverviewState(CACHES, { ...DEFAULT_STATE, dir: "desc" }))).toEqual(["d", "b", "a", "c"]);
  });

  it("sorts problems first, by rows and by last sync, with missing values last either way", () => {
    expect(ids(applyOverviewState(CACHES, { ...DEFAULT_STATE, sort: "status" }))).toEqual([
      "b",
      "c",
      "a",
      "d",
    ]);
    expect(ids(applyOverviewState(CACHES, { ...DEFAULT_STATE, sort: "rows", dir: "desc" }))).toEqual([
      "a",
      "d",
      "c",
      "b",
    ]);
    expect(ids(applyOverviewState(CACHES, { ...DEFAULT_STATE, sort: "rows" }))).toEqual(["d", "a", "c", "b"]);
    expect(
      ids(applyOverviewState(CACHES, { ...DEFAULT_STATE, sort: "lastSync", dir: "desc" })).slice(0, 2),
    ).toEqual(["d", "a"]);
  });
});
