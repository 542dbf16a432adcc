import { describe, expect, it } from "vitest";

import { buildScheduleMap, gridOf, planMove, runsInCell, slotCount } from "@/lib/schedule-map";

import { at, mapCache } from "./fixtures";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const now = at("2026-12-01T09:53:00Z");

describe("the map's cells", () => {
  it("lays out 24 hourly rows of 10-minute cells, days of hours for 7 and 14 days", () => {
    const day = gridOf("next-24h", now);
    expect([day.rows, day.cols, day.slotMs, day.start]).toEqual([
      24,
      6,
      10 * MINUTE,
      at("2026-12-01T09:00:00Z"),
    ]);
    const week = gridOf("next-7d", now);
    expect([week.rows, week.cols, week.to - week.from]).toEqual([8, 24, 7 * DAY]);
    const past = gridOf("past-14d", now);
    expect([past.rows, past.start, past.to, past.projected]).toEqual([
      14,
      at("2026-11-18T00:00:00Z"),
      now,
      false,
    ]);
  });

  it("projects each schedule on its own grid and counts starts per cell, split by kind", () => {
    const cache = mapCache({ fullRefresh: "P1D", incremental: "PT1H" }, at("2026-11-30T02:05:00Z"));
    const map = buildScheduleMap({ caches: [cache], now, view: "next-24h" });
    expect(map.totals.full).toBe(1);
    // 10:05 … 08:05 the next day: the grid ends at 09:00, where the current hour's row would start again.
    expect(map.totals.incremental).toBe(23);
    const grid = map.grid;
    const fullCell = (at("2026-12-02T02:05:00Z") - grid.start) / grid.slotMs;
    expect(map.full[Math.floor(fullCell)]).toBe(1);
    expect(map.rows[Math.floor(fullCell)]).toBe(1_000 + 10);
    expect(slotCount(grid)).toBe(144);
  });

  it("counts runs going at once from the median run length", () => {
    const set = at("2026-11-30T02:00:00Z");
    const long = mapCache({ fullRefresh: "P1D" }, set, {
      medianMs: { full: 30 * MINUTE, incremental: null },
    });
    const late = mapCache({ fullRefresh: "P1D" }, set + 20 * MINUTE);
    const after = mapCache({ fullRefresh: "P1D" }, set + 40 * MINUTE);
    const map = buildScheduleMap({ caches: [long, late, after], now, view: "next-24h" });
    const cell = (t: string) => Math.floor((at(t) - map.grid.start) / map.grid.slotMs);
    expect(map.peak[cell("2026-12-02T02:20:00Z")]).toBe(2);
    expect(map.peak[cell("2026-12-02T02:40:00Z")]).toBe(1);
    expect(map.totals.peak).toBe(2);
    expect(map.totals.peakAt).toBe(at("2026-12-02T02:20:00Z"));
  });

  it("draws the past from the run history, not from the schedules", () => {
    const start = at("2026-11-28T03:10:00Z");
    const cache = mapCache({ fullRefresh: "P1D" }, start, {
      past: [{ kind: "full", start, end: start + 2 * MINUTE, rows: 70 }],
    });
    const map = buildScheduleMap({ caches: [cache], now, view: "past-14d" });
    expect(map.totals).toMatchObject({ full: 1, incremental: 0, rows: 70, peak: 1 });
    const cell = (start - map.grid.start) / HOUR;
    expect(runsInCell({ caches: [cache], now, view: "past-14d" }, map.grid, cell)).toEqual([
      { cache: 0, kind: "full", start, end: start + 2 * MINUTE },
    ]);
  });
});

describe("pile-ups", () => {
  const twoAm = at("2026-11-30T02:00:00Z");
  const spread = Array.from({ length: 12 }, (_, i) =>
    mapCache({ fullRefresh: "P1D" }, twoAm + (i + 1) * 97 * MINUTE),
  );
  const together = Array.from({ length: 6 }, (_, i) => mapCache({ fullRefresh: "P1D" }, twoAm + i * 90_000));

  it("names the group of full refreshes that start together, with the caches in it", () => {
    const caches = [...spread, ...together];
    const map = buildScheduleMap({ caches, now, view: "next-24h" });
    expect(map.pileUps).toHaveLength(1);
    const [pile] = map.pileUps;
    expect(pile!.text).toBe("6 full refreshes start within 10 minutes of 02:00 UTC");
    expect(pile!.caches.map((c) => caches[c]!.id).sort()).toEqual(together.map((c) => c.id).sort());
  });

  it("finds none when the same caches are spread out", () => {
    expect(buildScheduleMap({ caches: spread, now, view: "next-24h" }).pileUps).toEqual([]);
  });

  it("leaves out schedules too frequent for a move to spread", () => {
    const frequent = Array.from({ length: 8 }, () => mapCache({ incremental: "PT5M" }, twoAm));
    expect(buildScheduleMap({ caches: frequent, now, view: "next-24h" }).pileUps).toEqual([]);
  });

  it("a move's preview takes a cache out of the pile-up", () => {
    const caches = [...spread, ...together];
    const plan = planMove(together[0]!.schedules, "full", at("2026-12-01T14:30:00Z"), now);
    if (!plan.ok) throw new Error(plan.message);
    const moved = buildScheduleMap({
      caches,
      now,
      view: "next-24h",
      moves: [{ id: "m", cacheId: together[0]!.id, applyAt: plan.applyAt }],
    });
    // Applied at 14:30 today, it runs at 14:30 tomorrow: outside this 24-hour grid, and no longer at 02:00.
    expect(moved.pileUps[0]!.text).toBe("5 full refreshes start within 10 minutes of 02:01 UTC");
    expect(moved.totals.full).toBe(17);
  });
});

describe("planning a move", () => {
  const schedules = { fullRefresh: "P1D", incremental: "PT6H" };

  it("re-applies at the earliest moment on the wanted grid, and the first run comes one interval later", () => {
    const plan = planMove(schedules, "full", at("2026-12-01T02:30:00Z"), now);
    expect(plan).toMatchObject({
      ok: true,
      applyAt: at("2026-12-02T02:30:00Z"),
      firstRun: at("2026-12-03T02:30:00Z"),
    });
    if (plan.ok) expect(plan.text).toContain("its incremental sync also counts from that moment");
  });

  it("keeps a lead before the re-apply", () => {
    const plan = planMove(schedules, "incremental", now + MINUTE, now);
    expect(plan).toMatchObject({ ok: true, applyAt: now + MINUTE + 6 * HOUR });
  });

  it("says why there is nothing to move", () => {
    expect(planMove({ fullRefresh: null, incremental: "PT1H" }, "full", now, now)).toEqual({
      ok: false,
      message: "This cache has no full refresh schedule, so there is no run to move.",
    });
  });
});
