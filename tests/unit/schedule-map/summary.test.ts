import { describe, expect, it } from "vitest";

import { cellWords } from "@/components/schedule-map/cell-words";
import { summarize } from "@/components/schedule-map/map-summary";
import { buildScheduleMap } from "@/lib/schedule-map";

import { at, mapCache } from "./fixtures";

const now = at("2026-12-01T09:53:00Z");

describe("the map in words", () => {
  it("says the future as an estimate and the past in the past tense", () => {
    const start = at("2026-11-30T02:00:00Z");
    const cache = mapCache({ fullRefresh: "P1D" }, at("2026-11-29T14:05:00Z"), {
      past: [{ kind: "full", start, end: start + 60_000, rows: 7 }],
    });
    const future = buildScheduleMap({ caches: [cache], now, view: "next-24h" });
    expect(summarize(future, [cache])).toEqual([
      "Next 24 hours (estimate): 1 full refresh starts across 1 cache.",
      "Busiest slot: 14:00–14:10 UTC, where 1 full refresh starts. At most 1 run at once at 14:05 UTC.",
      "No pile-ups: no group of runs starts together much more than an even spread would.",
    ]);
    const past = buildScheduleMap({ caches: [cache], now, view: "past-14d" });
    expect(summarize(past, [cache])[0]).toBe("Past 14 days: 1 full refresh started across 1 cache.");
    const cell = (start - past.grid.start) / past.grid.slotMs;
    expect(cellWords(past, cell)).toBe(
      "Mon 30 Nov 02:00–03:00 UTC: 1 full refresh started, at most 1 run at once, 7 rows",
    );
    expect(cellWords(future, 0)).toBe("09:00–09:10 UTC: before now, not part of this view");
  });

  it("says which caches are left off the estimate for want of a phase", () => {
    const known = mapCache({ fullRefresh: "P1D" }, now - 3_600_000);
    const unknown = { ...mapCache({ incremental: "PT1H" }, now), anchors: { full: null, incremental: null } };
    const lines = summarize(buildScheduleMap({ caches: [known, unknown], now, view: "next-24h" }), [
      known,
      unknown,
    ]);
    expect(lines.at(-1)).toBe(
      "1 cache has a schedule but no run or console record to tell its phase, so it is left off the estimate.",
    );
  });
});
