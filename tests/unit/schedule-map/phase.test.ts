import { describe, expect, it } from "vitest";

import { cacheTiming, derivePhase } from "@/lib/schedule-map";

import { at } from "./fixtures";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe("the phase of a schedule, from what the console can see", () => {
  const set = at("2026-11-20T02:07:00Z");

  it("uses the scheduled starts, ignoring a run started by hand and a run that waited behind another", () => {
    const starts = [
      set,
      set + DAY,
      set + 2 * DAY + 40_000,
      set + 2 * DAY + 5 * HOUR,
      set + 3 * DAY,
      set + 4 * DAY,
    ];
    const anchor = derivePhase(starts, DAY, null);
    expect(anchor?.source).toBe("run-history");
    expect((((anchor!.at - set) % DAY) + DAY) % DAY).toBe(0);
  });

  it("takes the console's record of setting the schedule when runs since then fit it, or there are none", () => {
    const reset = set + 3 * DAY + 5 * HOUR;
    expect(derivePhase([set, set + DAY], DAY, reset)).toEqual({ at: reset, source: "console-record" });
    expect(derivePhase([set, reset + DAY + 1_000], DAY, reset)).toEqual({
      at: reset,
      source: "console-record",
    });
  });

  it("trusts the runs over a record they contradict (someone else set the schedule since)", () => {
    const reset = set + 3 * DAY;
    const other = reset + 6 * HOUR;
    const anchor = derivePhase([other + DAY, other + 2 * DAY], DAY, reset);
    expect(anchor?.source).toBe("run-history");
    expect((anchor!.at - other) % DAY).toBe(0);
  });

  it("knows no phase without runs or a record", () => {
    expect(derivePhase([], HOUR, null)).toBeNull();
  });

  it("finds the phase across the wrap of the interval", () => {
    const starts = [HOUR - 500, 2 * HOUR + 400, 3 * HOUR - 100];
    const anchor = derivePhase(starts, HOUR, null)!;
    expect(((anchor.at % HOUR) + HOUR) % HOUR).toBe(HOUR - 500);
  });

  it("measures the median run length per kind", () => {
    const timing = cacheTiming(
      { fullRefresh: "P1D", incremental: "PT1H" },
      [
        { kind: "full", start: set, end: set + 60_000, rows: 5 },
        { kind: "full", start: set + DAY, end: set + DAY + 180_000, rows: 5 },
        { kind: "full", start: set + 2 * DAY, end: set + 2 * DAY + 120_000, rows: 5 },
        { kind: "incremental", start: set + HOUR, end: null, rows: null },
      ],
      null,
    );
    expect(timing.medianMs).toEqual({ full: 120_000, incremental: null });
    expect(timing.anchors.full?.at).toBe(set + 2 * DAY);
    expect(timing.anchors.incremental?.at).toBe(set + HOUR);
  });

  it("gives a schedule with no run of its own yet the cache's first run, when the two were set together", () => {
    const timing = cacheTiming(
      { fullRefresh: "P1D", incremental: "PT45M" },
      [{ kind: "full", start: set, end: set + 60_000, rows: 5 }],
      null,
    );
    expect(timing.anchors.incremental).toEqual({ at: set, source: "run-history" });
  });
});
