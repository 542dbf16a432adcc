import { describe, expect, it } from "vitest";

import { applyOverviewState, DEFAULT_STATE } from "@/lib/caches/overview-state";
import { formatAge } from "@/lib/freshness/format-age";
import { judgeFreshness } from "@/lib/freshness/judge";
import { deriveTarget, freshnessState, resolveTarget } from "@/lib/freshness/target";
import { freshnessTargetSchema } from "@/lib/schemas/freshness";
import type { CacheSummary } from "@/lib/types";

const H = 3_600_000;
const NOW = Date.parse("2026-12-01T12:00:00Z");

describe("freshness targets", () => {
  it("derives warn at two missed runs and error at four from the most frequent schedule", () => {
    expect(deriveTarget({ incremental: "PT15M", fullRefresh: "P1D" })).toEqual({
      warnAfter: "PT30M",
      errorAfter: "PT1H",
      warnMs: 30 * 60_000,
      errorMs: H,
      source: "derived",
    });
    expect(deriveTarget({ incremental: null, fullRefresh: null })).toMatchObject({ warnAfter: "P7D" });
  });

  it("prefers the cache's own target, then the project default", () => {
    const own = { warnAfter: "PT1H", errorAfter: "PT2H" };
    const project = { warnAfter: "PT3H", errorAfter: "PT6H" };
    expect(resolveTarget(own, project, {}).source).toBe("cache");
    expect(resolveTarget(null, project, {})).toEqual({
      ...project,
      warnMs: 3 * H,
      errorMs: 6 * H,
      source: "project",
    });
  });

  it("is fresh below the warn line, warn from it, error from the error line", () => {
    const target = { warnMs: H, errorMs: 2 * H };
    expect(freshnessState(59 * 60_000, target)).toBe("fresh");
    expect(freshnessState(H, target)).toBe("warn");
    expect(freshnessState(2 * H, target)).toBe("error");
    expect(freshnessState(null, target)).toBe("no-data");
  });

  it("refuses an error line that is not after the warn line, and says how to fix it", () => {
    const result = freshnessTargetSchema.safeParse({ warnAfter: "PT2H", errorAfter: "PT1H" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/longer than 'warn after'/);
    expect(freshnessTargetSchema.safeParse({ warnAfter: "2 hours", errorAfter: "PT3H" }).success).toBe(false);
  });

  it("formats ages in the two largest units", () => {
    expect(formatAge(3 * H + 10 * 60_000)).toBe("3 h 10 min");
    expect(formatAge(50 * H)).toBe("2 d 2 h");
  });
});

function cache(
  id: string,
  ageHours: number | null,
  target = { warnAfter: "PT1H", errorAfter: "PT2H" },
): CacheSummary {
  return {
    id,
    catalogId: "k",
    catalogName: "payment",
    schemaName: "public",
    tableName: id,
    status: "completed",
    running: [],
    lastSyncAt: ageHours === null ? null : new Date(NOW - ageHours * H).toISOString(),
    rowsCached: 1,
    lastSyncKnown: true,
    historySince: null,
    currentRun: null,
    lastError: null,
    mode: "incremental",
    schedules: { incremental: "PT30M", fullRefresh: null },
    freshnessTarget: resolveTarget(target, null, {}),
  };
}

describe("the overview by data age", () => {
  const list = [
    cache("a", 0.5),
    cache("b", 3),
    cache("c", 1.5),
    cache("d", 5, { warnAfter: "PT6H", errorAfter: "PT12H" }),
  ];

  it("sorts the most stale first, relative to each cache's own target", () => {
    const sorted = applyOverviewState(list, { ...DEFAULT_STATE, sort: "staleness" }, NOW);
    expect(sorted.map((c) => c.id)).toEqual(["b", "c", "d", "a"]);
  });

  it("filters by state", () => {
    const stale = applyOverviewState(list, { ...DEFAULT_STATE, fresh: "error" }, NOW);
    expect(stale.map((c) => c.id)).toEqual(["b"]);
    expect(judgeFreshness(list[3] as CacheSummary, NOW).state).toBe("fresh");
  });
});
