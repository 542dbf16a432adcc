import { describe, expect, it } from "vitest";

import { toCacheStatusInfo, toRun } from "@/lib/server/peaka/map-cache";
import { copyFromHistory } from "@/lib/server/peaka/map-copy";
import { vendorCacheStatus, vendorExecution } from "@/lib/server/peaka/vendor-schemas";

type Run = { id: string; mode?: string; status: string; start: string; end?: string | null; rows: number };

// Shapes as the vendor document gives them; optional fields are left out on purpose.
const execution = (r: Run) => ({
  id: r.id,
  ...(r.mode ? { executionMode: r.mode } : {}),
  status: r.status,
  progress: { numberOfCachedRecords: r.rows, numberOfInsertedRecords: 0 },
  createdAt: r.start,
  updatedAt: r.end ?? "2026-12-01T10:05:00Z",
  ...(r.end === undefined ? {} : { finishedAt: r.end }),
});

function status(full: Run | null, incremental: Run | null, top = "RUNNING") {
  return toCacheStatusInfo(
    vendorCacheStatus.parse({
      id: "c1",
      status: top,
      catalogId: "k",
      schemaName: "public",
      tableName: "charges",
      ...(full ? { lastFullRefreshCacheExecution: execution(full) } : {}),
      ...(incremental ? { lastIncrementalCacheExecution: execution(incremental) } : {}),
    }),
  );
}

const runningFull: Run = {
  id: "f2",
  mode: "FULL_REFRESH",
  status: "RUNNING",
  start: "2026-12-01T10:00:00Z",
  rows: 8_500,
};
const run = (r: Run) => toRun(vendorExecution.parse(execution(r)), "unknown");
const doneIncremental: Run = {
  id: "i1",
  mode: "INCREMENTAL",
  status: "COMPLETED",
  start: "2026-12-01T09:00:00Z",
  end: "2026-12-01T09:01:00Z",
  rows: 60_041,
};

describe("the copy people query, from the cache status", () => {
  const earlierFull: Run = {
    id: "f1",
    mode: "FULL_REFRESH",
    status: "COMPLETED",
    start: "2026-12-01T08:00:00Z",
    end: "2026-12-01T08:20:00Z",
    rows: 60_000,
  };

  it("keeps the copy's rows and time while a full refresh runs, and shows the run beside", () => {
    const info = status(runningFull, doneIncremental);
    // The status alone cannot rule out a full refresh that ended between 09:01 and 10:00.
    expect(info).toMatchObject({ lastSyncKnown: false, rowsCached: null, lastSyncAt: null });
    expect(info.currentRun).toMatchObject({ id: "f2", status: "running", rowsCached: 8_500 });
    const history = [runningFull, doneIncremental, earlierFull].map(run);
    expect(copyFromHistory(info.lastFull, info.lastIncremental, history)).toMatchObject({
      lastSyncAt: "2026-12-01T09:01:00Z",
      rowsCached: 60_041,
    });
  });

  it("never takes a failed or cancelled full refresh's partial count for the copy", () => {
    for (const outcome of ["FAILED", "CANCELLED"]) {
      const stopped = { ...runningFull, status: outcome, end: "2026-12-01T10:02:00Z" };
      const info = status(stopped, doneIncremental, outcome);
      expect(info.rowsCached).not.toBe(8_500);
      expect(info.currentRun?.status).toBe(outcome.toLowerCase());
      const facts = copyFromHistory(info.lastFull, info.lastIncremental, [stopped, doneIncremental].map(run));
      expect(facts).toMatchObject({ rowsCached: 60_041, lastSyncAt: "2026-12-01T09:01:00Z" });
    }
  });

  it("settles it from the status when the other kind's success ended after the stopped run began", () => {
    const lateIncremental = {
      ...doneIncremental,
      start: "2026-12-01T10:01:00Z",
      end: "2026-12-01T10:03:00Z",
    };
    expect(status(runningFull, lateIncremental)).toMatchObject({
      lastSyncKnown: true,
      lastSyncAt: "2026-12-01T10:03:00Z",
      rowsCached: 60_041,
    });
  });

  it("does not claim 'never' when only the history can tell (a full-only cache mid-refresh)", () => {
    const info = status(runningFull, null);
    expect(info).toMatchObject({ lastSyncKnown: false, lastSyncAt: null, rowsCached: null });
  });

  it("asks the history when the other kind's success is older than the stopped run's start", () => {
    const oldIncremental = { ...doneIncremental, start: "2026-11-30T09:00:00Z", end: "2026-11-30T09:01:00Z" };
    expect(status(runningFull, oldIncremental).lastSyncKnown).toBe(false);
  });

  it("needs no history when both last runs completed, and takes the later end", () => {
    const full = { ...runningFull, status: "COMPLETED", end: "2026-12-01T10:30:00Z", rows: 61_000 };
    expect(status(full, doneIncremental, "COMPLETED")).toMatchObject({
      lastSyncKnown: true,
      lastSyncAt: "2026-12-01T10:30:00Z",
      rowsCached: 61_000,
      currentRun: null,
    });
  });
});

describe("the copy people query, from the run history", () => {
  it("finds the last completed run behind a running one, without an executionMode", () => {
    const info = status(runningFull, null);
    const history = [
      run({ ...runningFull, mode: undefined }),
      run({
        id: "f1",
        status: "FAILED",
        start: "2026-12-01T08:00:00Z",
        end: "2026-12-01T08:10:00Z",
        rows: 4_000,
      }),
      run({
        id: "f0",
        status: "COMPLETED",
        start: "2026-12-01T07:00:00Z",
        end: "2026-12-01T07:20:00Z",
        rows: 60_041,
      }),
    ];
    expect(copyFromHistory(info.lastFull, info.lastIncremental, history)).toEqual({
      lastSyncAt: "2026-12-01T07:20:00Z",
      rowsCached: 60_041,
      lastSyncKnown: true,
      historySince: null,
    });
  });

  it("says how far back the history goes when it holds no success", () => {
    const info = status(runningFull, null);
    const history = [run({ id: "f1", status: "FAILED", start: "2026-11-20T08:00:00Z", end: null, rows: 1 })];
    expect(copyFromHistory(info.lastFull, info.lastIncremental, history)).toMatchObject({
      lastSyncAt: null,
      historySince: "2026-11-20T08:00:00Z",
    });
  });
});
