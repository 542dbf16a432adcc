import { describe, expect, it } from "vitest";

import { computeCompliance, describeCompliance } from "@/lib/freshness/compliance";
import type { CacheRun } from "@/lib/types";

const T0 = Date.parse("2026-11-20T00:00:00Z");
const H = 3_600_000;
const at = (hours: number) => new Date(T0 + hours * H).toISOString();

function run(id: string, status: CacheRun["status"], startH: number, endH: number | null): CacheRun {
  return {
    id,
    kind: "incremental",
    status,
    startedAt: at(startH),
    updatedAt: at(endH ?? startH),
    finishedAt: endH === null ? null : at(endH),
    rowsCached: 1,
    rowsInserted: 0,
    rowsUpdated: 0,
    rowsDeleted: 0,
    error: null,
  };
}

describe("compliance from the run history", () => {
  // Successes end at 1 h, 2 h and 6 h; a failure at 3 h; now is 8 h. Warn 1 h 30 min, error 3 h.
  const runs = [
    run("r4", "completed", 5.5, 6),
    run("f", "failed", 2.5, 3),
    run("r2", "completed", 1.5, 2),
    run("r1", "completed", 0.5, 1),
    run("running", "running", 7.5, null),
  ];
  const target = { warnMs: 1.5 * H, errorMs: 3 * H };
  const c = computeCompliance(runs, target, T0 + 8 * H);

  it("draws the sawtooth from the first success to now", () => {
    expect(c?.points.map((p) => [(p.at - T0) / H, p.ageMs / H])).toEqual([
      [1, 0],
      [2, 1],
      [2, 0],
      [6, 4],
      [6, 0],
      [8, 2],
    ]);
  });

  it("splits the window into fresh, warn and error time by hand-checkable sums", () => {
    // Segments 1 h, 4 h, 2 h: fresh 1 + 1.5 + 1.5, warn 0 + 1.5 + 0.5, error 0 + 1 + 0.
    expect(c).toMatchObject({ freshMs: 4 * H, warnMs: 2 * H, errorMs: 1 * H, successes: 3 });
    expect(c?.shareFresh).toBeCloseTo(4 / 7);
    expect(c?.shareWithinError).toBeCloseTo(6 / 7);
    expect(c?.worst).toEqual({ at: T0 + 6 * H, ageMs: 4 * H });
    expect(c?.failures.map((f) => f.run.id)).toEqual(["f"]);
  });

  it("says it in words, with the window the history covers", () => {
    const text = describeCompliance(c!, (ms) => new Date(ms).toISOString().slice(11, 16));
    expect(text).toBe("Fresh 57.1% of the last 7 h (within the error line 85.7%), worst 4 h at 06:00.");
  });

  it("has nothing to say without a success in the history", () => {
    expect(computeCompliance([run("f", "failed", 1, 2)], target, T0 + 3 * H)).toBeNull();
  });
});
