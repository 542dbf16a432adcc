import { describe, expect, it } from "vitest";
import { computeCadence, nextRuns, runsPerDay } from "@/lib/schedule";

const created = new Date("2026-03-01T00:00:00Z");
const hours = (h: number) => new Date(created.getTime() + h * 3_600_000);
const show = (runs: { at: Date; kind: string }[]) =>
  runs.map(({ at, kind }) => `${at.toISOString().slice(5, 16)} ${kind}`);

describe("computeCadence", () => {
  it("starts with a full load when a full refresh is scheduled, and full supersedes incremental", () => {
    const { runs, truncated } = computeCadence({
      createdAt: created,
      incremental: "PT6H",
      fullRefresh: "P1D",
      from: created,
      to: hours(31),
    });
    expect(truncated).toBe(false);
    expect(show(runs)).toEqual([
      "03-01T00:00 initial-full",
      "03-01T06:00 incremental",
      "03-01T12:00 incremental",
      "03-01T18:00 incremental",
      "03-02T00:00 full",
      "03-02T06:00 incremental",
    ]);
  });

  it("starts with an incremental load when only incremental is scheduled", () => {
    const { runs } = computeCadence({
      createdAt: created,
      incremental: "PT12H",
      from: created,
      to: hours(25),
    });
    expect(show(runs)).toEqual([
      "03-01T00:00 initial-incremental",
      "03-01T12:00 incremental",
      "03-02T00:00 incremental",
    ]);
  });

  it("gives a one-time cache one initial full load and nothing after", () => {
    const far = new Date("2030-01-01T00:00:00Z");
    expect(show(computeCadence({ createdAt: created, from: created, to: far }).runs)).toEqual([
      "03-01T00:00 initial-full",
    ]);
    expect(
      computeCadence({ createdAt: created, incremental: null, fullRefresh: "", from: hours(1), to: far })
        .runs,
    ).toEqual([]);
  });

  it("treats the window as [from, to)", () => {
    const window = computeCadence({ createdAt: created, fullRefresh: "PT1H", from: hours(2), to: hours(4) });
    expect(show(window.runs)).toEqual(["03-01T02:00 full", "03-01T03:00 full"]);
  });

  it("puts no run before creation, even when the window starts earlier", () => {
    const { runs } = computeCadence({
      createdAt: created,
      fullRefresh: "PT8H",
      from: hours(-100),
      to: hours(17),
    });
    expect(show(runs)).toEqual(["03-01T00:00 initial-full", "03-01T08:00 full", "03-01T16:00 full"]);
  });

  it("truncates at maxRuns and says so", () => {
    const result = computeCadence({
      createdAt: created,
      incremental: "PT1M",
      from: created,
      to: hours(24),
      maxRuns: 10,
    });
    expect(result.runs).toHaveLength(10);
    expect(result.truncated).toBe(true);
    const exact = computeCadence({
      createdAt: created,
      incremental: "PT1H",
      from: created,
      to: hours(9),
      maxRuns: 10,
    });
    expect(exact).toMatchObject({ truncated: false });
    expect(exact.runs).toHaveLength(9);
  });

  it("handles a 30-day window at one minute and a year at 15 minutes", () => {
    const month = computeCadence({
      createdAt: created,
      incremental: "PT1M",
      from: created,
      to: hours(24 * 30),
    });
    expect(month.runs).toHaveLength(30 * 24 * 60);
    const year = computeCadence({
      createdAt: created,
      incremental: "PT15M",
      fullRefresh: "P1D",
      from: created,
      to: hours(24 * 365),
    });
    expect(year.runs.filter((run) => run.kind === "full")).toHaveLength(364);
    expect(year.runs.filter((run) => run.kind === "incremental")).toHaveLength(365 * 96 - 365);
  });

  it.each([
    ["zero", "PT0S"],
    ["negative", "-PT1H"],
    ["invalid", "P1W"],
    ["absurdly long", "PT9223372036854775807S"],
  ])("gives no recurring runs for a %s interval, without looping or throwing", (_label, interval) => {
    const { runs } = computeCadence({
      createdAt: created,
      incremental: interval,
      fullRefresh: interval,
      from: created,
      to: hours(1e6),
    });
    expect(show(runs)).toEqual(["03-01T00:00 initial-full"]);
  });

  it("keeps sub-millisecond intervals exact and bounded", () => {
    const result = computeCadence({
      createdAt: created,
      incremental: "PT0.0005S",
      fullRefresh: "PT0.001S",
      from: created,
      to: new Date(created.getTime() + 3),
    });
    expect(result.runs.map((run) => run.kind)).toEqual([
      "initial-full",
      "incremental",
      "full",
      "incremental",
      "full",
      "incremental",
    ]);
    const flood = computeCadence({
      createdAt: created,
      incremental: "PT0.000000001S",
      from: created,
      to: hours(1e6),
    });
    expect(flood.runs).toHaveLength(100_000);
    expect(flood.truncated).toBe(true);
  });

  it("returns nothing for invalid dates or an empty window", () => {
    const invalid = new Date(Number.NaN);
    expect(computeCadence({ createdAt: invalid, fullRefresh: "PT1H", from: created, to: hours(5) })).toEqual({
      runs: [],
      truncated: false,
    });
    expect(
      computeCadence({ createdAt: created, fullRefresh: "PT1H", from: hours(5), to: hours(5) }).runs,
    ).toEqual([]);
    expect(
      computeCadence({ createdAt: created, fullRefresh: "PT1H", from: hours(5), to: invalid }).runs,
    ).toEqual([]);
    expect(
      computeCadence({ createdAt: created, fullRefresh: "PT1H", from: hours(5), to: hours(1), maxRuns: -4 })
        .runs,
    ).toEqual([]);
  });
});

describe("nextRuns", () => {
  it("lists the next runs at or after now", () => {
    const runs = nextRuns({ createdAt: created, incremental: "PT6H", fullRefresh: "P1D" }, hours(13), 4);
    expect(show(runs)).toEqual([
      "03-01T18:00 incremental",
      "03-02T00:00 full",
      "03-02T06:00 incremental",
      "03-02T12:00 incremental",
    ]);
    expect(show(nextRuns({ createdAt: created, fullRefresh: "P1D" }, created, 2))).toEqual([
      "03-01T00:00 initial-full",
      "03-02T00:00 full",
    ]);
  });

  it("returns nothing for a count of zero, a negative or NaN count, or a one-time cache after creation", () => {
    expect(nextRuns({ createdAt: created, fullRefresh: "P1D" }, created, 0)).toEqual([]);
    expect(nextRuns({ createdAt: created, fullRefresh: "P1D" }, created, -3)).toEqual([]);
    expect(nextRuns({ createdAt: created, fullRefresh: "P1D" }, created, Number.NaN)).toEqual([]);
    expect(nextRuns({ createdAt: created }, hours(1), 5)).toEqual([]);
  });
});

describe("runsPerDay", () => {
  it.each([
    [
      { incremental: "PT6H", fullRefresh: "P1D" },
      { full: 1, incremental: 3 },
    ],
    [{ incremental: "PT15M" }, { full: 0, incremental: 96 }],
    [{ fullRefresh: "P7D" }, { full: 1 / 7, incremental: 0 }],
    [
      { incremental: "PT1H", fullRefresh: "PT90M" },
      { full: 16, incremental: 16 },
    ],
    [
      { incremental: "P1D", fullRefresh: "P1D" },
      { full: 1, incremental: 0 },
    ],
    [{}, { full: 0, incremental: 0 }],
    [
      { incremental: "PT0S", fullRefresh: "nonsense" },
      { full: 0, incremental: 0 },
    ],
  ])("counts %j", (schedules, expected) => {
    const actual = runsPerDay(schedules);
    expect(actual.full).toBeCloseTo(expected.full, 12);
    expect(actual.incremental).toBeCloseTo(expected.incremental, 12);
  });
});
