import { describe, expect, it } from "vitest";

import { proposeSchedules, scheduleOutlook } from "@/lib/freshness/propose-schedule";
import { durationStats, runDurations } from "@/lib/freshness/run-durations";
import type { CacheRun } from "@/lib/types";

const MIN = 60_000;
const H = 60 * MIN;
const T0 = Date.parse("2026-11-20T00:00:00Z");
const NONE = { incremental: null, full: null };

function run(
  kind: CacheRun["kind"],
  status: CacheRun["status"],
  startMin: number,
  lengthMin: number,
): CacheRun {
  const iso = (m: number) => new Date(T0 + m * MIN).toISOString();
  return {
    id: `${kind}-${startMin}`,
    kind,
    status,
    startedAt: iso(startMin),
    updatedAt: iso(startMin + lengthMin),
    finishedAt: iso(startMin + lengthMin),
    rowsCached: 1,
    rowsInserted: 0,
    rowsUpdated: 0,
    rowsDeleted: 0,
    error: null,
  };
}

describe("run durations from the history", () => {
  it("takes the median and the nearest-rank 95th percentile of completed runs per kind", () => {
    const runs = [
      ...Array.from({ length: 20 }, (_, i) => run("incremental", "completed", i * 60, i + 1)),
      run("incremental", "failed", 2000, 500),
      run("full", "completed", 3000, 30),
    ];
    const d = runDurations(runs);
    expect(d.incremental).toEqual({ medianMs: 10 * MIN, p95Ms: 19 * MIN, count: 20 });
    expect(d.full).toEqual({ medianMs: 30 * MIN, p95Ms: 30 * MIN, count: 1 });
  });

  it("is null for a kind without a finished run", () => {
    expect(runDurations([run("incremental", "running", 0, 5)])).toEqual(NONE);
    expect(durationStats([])).toBeNull();
  });
});

describe("proposing schedules from a target", () => {
  const target = { warnMs: H, errorMs: 3 * H };
  const measured = { incremental: { medianMs: 8 * MIN, p95Ms: 12 * MIN, count: 37 }, full: null };

  it("takes the longest readable interval whose interval plus p95 run time stays under warn", () => {
    const p = proposeSchedules({
      target,
      durations: measured,
      minimumSeconds: 900,
      incrementalAllowed: true,
      fullRefresh: null,
    });
    // 60 min − 12 min leaves 48 min: 45 min is the longest step within it.
    expect(p.schedules).toEqual({ incremental: "PT45M", fullRefresh: null });
    expect(p.worstAgeMs).toBe(57 * MIN);
    expect(p.fits).toBe("warn");
    expect(p.basis).toBe("measured");
    expect(p.reasons[0]).toMatch(/^Incremental every 45 min: .* at most about 57 min old/);
    expect(p.reasons.join(" ")).toContain("95th percentile of 37 runs");
  });

  it("never proposes below the server minimum, and says when the target cannot be met", () => {
    const slow = { incremental: { medianMs: 40 * MIN, p95Ms: 50 * MIN, count: 5 }, full: null };
    const p = proposeSchedules({
      target,
      durations: slow,
      minimumSeconds: 900,
      incrementalAllowed: true,
      fullRefresh: null,
    });
    expect(p.schedules.incremental).toBe("PT15M");
    expect(p.fits).toBe("error");
    expect(p.reasons[0]).toMatch(
      /shortest interval allowed is 15 min: .* 1 h 5 min, past the warn line of 1 h but under the error line/,
    );
  });

  it("assumes a quarter of the warn line for a run when there is no history, and says so", () => {
    const p = proposeSchedules({
      target,
      durations: NONE,
      minimumSeconds: 60,
      incrementalAllowed: true,
      fullRefresh: null,
    });
    expect(p.schedules.incremental).toBe("PT45M");
    expect(p.basis).toBe("assumed");
    expect(p.reasons.join(" ")).toMatch(/assumed to take up to 15 min/);
  });

  it("keeps a full refresh that runs less often, and moves one that would not", () => {
    const withFull = { ...measured, full: { medianMs: 20 * MIN, p95Ms: 25 * MIN, count: 3 } };
    const kept = proposeSchedules({
      target,
      durations: withFull,
      minimumSeconds: 900,
      incrementalAllowed: true,
      fullRefresh: "P1D",
    });
    // The slower full refresh sets the allowance: 60 − 25 leaves 35 min, so 30 min.
    expect(kept.schedules).toEqual({ incremental: "PT30M", fullRefresh: "P1D" });
    const moved = proposeSchedules({
      target,
      durations: withFull,
      minimumSeconds: 900,
      incrementalAllowed: true,
      fullRefresh: "PT20M",
    });
    expect(moved.schedules).toEqual({ incremental: "PT30M", fullRefresh: "PT45M" });
    expect(moved.reasons.join(" ")).toContain("less often than the incremental");
  });

  it("proposes a full refresh schedule for a table that supports nothing else", () => {
    const full = { incremental: null, full: { medianMs: 5 * MIN, p95Ms: 10 * MIN, count: 4 } };
    const p = proposeSchedules({
      target,
      durations: full,
      minimumSeconds: 900,
      incrementalAllowed: false,
      fullRefresh: null,
    });
    expect(p.schedules).toEqual({ incremental: null, fullRefresh: "PT45M" });
    expect(p.reasons[0]).toMatch(/^Full refresh every 45 min/);
  });

  it("works in seconds for the sandbox's short targets", () => {
    const quick = { incremental: { medianMs: 300, p95Ms: 600, count: 3 }, full: null };
    const p = proposeSchedules({
      target: { warnMs: 4000, errorMs: 8000 },
      durations: quick,
      minimumSeconds: 1,
      incrementalAllowed: true,
      fullRefresh: null,
    });
    expect(p.schedules.incremental).toBe("PT2S");
    expect(p.worstAgeMs).toBe(2600);
  });
});

describe("the outlook of typed schedules", () => {
  const target = { warnMs: H, errorMs: 2 * H };
  const d = { incremental: { medianMs: 5 * MIN, p95Ms: 10 * MIN, count: 9 }, full: null };

  it("warns when a schedule cannot meet the target", () => {
    expect(scheduleOutlook({ incremental: "PT2H", fullRefresh: null }, d, target)).toMatchObject({
      worstAgeMs: 130 * MIN,
      fits: "neither",
      basis: "measured",
    });
    expect(scheduleOutlook({ incremental: "PT30M", fullRefresh: null }, d, target)?.fits).toBe("warn");
  });

  it("has no outlook for a one-time copy", () => {
    expect(scheduleOutlook({ incremental: null, fullRefresh: null }, d, target)).toBeNull();
  });
});
