import { describe, expect, it } from "vitest";

import { describeBesideRun } from "@/components/freshness/beside-run";
import type { CacheRun } from "@/lib/types";

const run = (status: CacheRun["status"]): CacheRun => ({
  id: "r1",
  kind: "incremental",
  status,
  startedAt: "2026-12-01T08:00:00Z",
  updatedAt: "2026-12-01T08:00:05Z",
  finishedAt: status === "running" ? null : "2026-12-01T08:00:05Z",
  rowsCached: null,
  rowsInserted: null,
  rowsUpdated: null,
  rowsDeleted: null,
  error: status === "failed" ? "boom" : null,
});

describe("the line beside the copy's age", () => {
  it("says the data is kept only when a successful sync left a copy", () => {
    expect(describeBesideRun(run("failed"), "2026-12-01T07:00:00Z")).toBe("Incremental failed · data kept");
    expect(describeBesideRun(run("failed"), null)).toBe("Incremental failed · no data yet");
    expect(describeBesideRun(run("cancelled"), null)).toBe("Incremental cancelled · no data yet");
  });

  it("says nothing beside a finished run and counts a running one", () => {
    expect(describeBesideRun(run("completed"), null)).toBeNull();
    expect(describeBesideRun(null, null)).toBeNull();
    expect(describeBesideRun({ ...run("running"), rowsCached: 1200 }, null)).toBe(
      "Incremental running · 1,200 so far",
    );
  });
});
