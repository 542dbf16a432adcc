import { describe, expect, it } from "vitest";

import { toSummary } from "@/lib/server/peaka/map-summary";
import type { CacheStatusInfo } from "@/lib/types";

const STATUS: CacheStatusInfo = {
  id: "c1",
  catalogId: "42",
  schemaName: "public",
  tableName: "charges",
  status: "running",
  running: ["full"],
  lastFull: null,
  lastIncremental: null,
  lastSyncAt: "2026-11-28T10:00:00Z",
  rowsCached: 10,
  lastSyncKnown: true,
  historySince: null,
  currentRun: null,
  lastError: null,
  actionLog: [{ at: null, action: "x", message: "y", kind: "full", scheduled: false }],
};

describe("toSummary", () => {
  it("joins status, schedules and the catalog name into one overview row without vendor extras", () => {
    const summary = toSummary(
      STATUS,
      {
        id: "c1",
        projectId: "p",
        catalogId: "42",
        schemaName: "public",
        tableName: "charges",
        schedules: { incremental: "PT6H", fullRefresh: "P1D" },
      },
      "Payment",
    );
    expect(summary).toMatchObject({
      catalogName: "Payment",
      mode: "full-and-incremental",
      status: "running",
    });
    expect(summary).not.toHaveProperty("actionLog");
    expect(summary).not.toHaveProperty("lastFull");
  });

  it("says nothing about the mode when the settings could not be read, and falls back to the catalog id", () => {
    const summary = toSummary(STATUS, null, undefined);
    expect(summary).toMatchObject({ catalogName: "42", mode: null, schedules: { incremental: null } });
  });
});
