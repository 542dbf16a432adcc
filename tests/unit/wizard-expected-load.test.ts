import { describe, expect, it } from "vitest";

import { describeLoad, expectedLoad } from "@/lib/wizard/expected-load";

describe("expected load on the review step", () => {
  it("sums runs a day over the batch, without counting an incremental a full refresh replaces", () => {
    const load = expectedLoad([
      { schedules: { incremental: "PT6H", fullRefresh: "P1D" }, rows: null },
      { schedules: { incremental: "PT1H", fullRefresh: null }, rows: 500 },
    ]);
    // PT6H with P1D: 4 slots a day, one taken by the full refresh.
    expect(load.runsPerDay).toEqual({ full: 1, incremental: 3 + 24 });
    expect(load.unknownSize).toBe(1);
    expect(describeLoad(load, 2)).toMatch(
      /^Expected load \(an estimate from the schedules\): about 28 runs a day for these 2 tables \(27 incremental, 1 full refresh\)\. Rows read a day: unknown; /,
    );
  });

  it("counts the rows full refreshes read where the size is known", () => {
    const load = expectedLoad([{ schedules: { incremental: null, fullRefresh: "PT12H" }, rows: 60_041 }]);
    expect(load.fullRowsPerDay).toBe(120_082);
    expect(describeLoad(load, 1)).toContain("Full refreshes read about 120,082 rows a day");
  });

  it("says a one-time batch runs once", () => {
    expect(
      describeLoad(expectedLoad([{ schedules: { incremental: null, fullRefresh: null }, rows: null }]), 1),
    ).toBe("Expected load: one run for each table, then none (one-time copies).");
  });
});
