import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeCadence, formatIsoDuration, nextRuns, runsPerDay } from "@/lib/schedule";

const DAY_MS = 86_400_000;
const intervalSeconds = fc.oneof(
  fc.integer({ min: 60, max: 3 * 86_400 }),
  fc.constantFrom(900, 1800, 3600, 7200, 21_600, 86_400, 604_800),
);
const schedule = fc.option(intervalSeconds, { nil: null });
const scenario = fc.record({
  createdMs: fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) }),
  incremental: schedule,
  fullRefresh: schedule,
  fromOffsetMs: fc.integer({ min: -3 * DAY_MS, max: 10 * DAY_MS }),
  lengthMs: fc.integer({ min: 1, max: 10 * DAY_MS }),
});

const iso = (seconds: number | null) => (seconds === null ? null : formatIsoDuration(BigInt(seconds)));

/** Runs k >= 1 of one schedule inside [from, to), counted with plain arithmetic rather than by stepping. */
const countInWindow = (intervalMs: number, fromOffset: number, toOffset: number) =>
  Math.max(0, Math.ceil(toOffset / intervalMs) - Math.max(1, Math.ceil(fromOffset / intervalMs)));

describe("cadence properties", () => {
  it("runs are ordered, inside the window, never before creation, and counts match interval arithmetic", () => {
    fc.assert(
      fc.property(scenario, ({ createdMs, incremental, fullRefresh, fromOffsetMs, lengthMs }) => {
        const from = createdMs + fromOffsetMs;
        const to = from + lengthMs;
        const { runs, truncated } = computeCadence({
          createdAt: new Date(createdMs),
          incremental: iso(incremental),
          fullRefresh: iso(fullRefresh),
          from: new Date(from),
          to: new Date(to),
        });
        expect(truncated).toBe(false);
        const times = runs.map((run) => run.at.getTime());
        // One assertion over all runs: per-run expect() calls would dominate the property's run time.
        const lowest = Math.max(createdMs, from);
        expect(times.filter((at) => at < lowest || at >= to)).toEqual([]);
        expect(times.filter((at, i) => i > 0 && at <= (times[i - 1] ?? 0))).toEqual([]);
        const count = (kind: string) => runs.filter((run) => run.kind === kind).length;
        const initial = from <= createdMs && createdMs < to ? 1 : 0;
        expect(count("initial-full") + count("initial-incremental")).toBe(initial);
        if (initial)
          expect(runs[0]?.kind).toBe(
            fullRefresh === null && incremental !== null ? "initial-incremental" : "initial-full",
          );
        const [fromOffset, toOffset] = [from - createdMs, to - createdMs];
        const fullMs = fullRefresh === null ? null : fullRefresh * 1000;
        expect(count("full")).toBe(fullMs === null ? 0 : countInWindow(fullMs, fromOffset, toOffset));
        if (incremental !== null) {
          const incMs = incremental * 1000;
          let expected = countInWindow(incMs, fromOffset, toOffset);
          if (fullMs !== null) {
            const lcm = (incMs / gcd(incMs, fullMs)) * fullMs;
            expected -= countInWindow(lcm, fromOffset, toOffset);
          }
          expect(count("incremental")).toBe(expected);
        } else {
          expect(count("incremental")).toBe(0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("a full refresh supersedes an incremental run at the same instant", () => {
    fc.assert(
      fc.property(scenario, ({ createdMs, incremental, fullRefresh, lengthMs }) => {
        const { runs } = computeCadence({
          createdAt: new Date(createdMs),
          incremental: iso(incremental),
          fullRefresh: iso(fullRefresh),
          from: new Date(createdMs),
          to: new Date(createdMs + lengthMs),
        });
        const kindsAt = new Map<number, string[]>();
        for (const run of runs)
          kindsAt.set(run.at.getTime(), [...(kindsAt.get(run.at.getTime()) ?? []), run.kind]);
        // Exactly one run per instant; where a full refresh was due, that one run is the full refresh.
        expect([...kindsAt.values()].filter((kinds) => kinds.length > 1)).toEqual([]);
        const dueFull = (at: number) =>
          fullRefresh !== null && at > createdMs && (at - createdMs) % (fullRefresh * 1000) === 0;
        expect(runs.filter((run) => dueFull(run.at.getTime()) && run.kind !== "full")).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it("nextRuns is the start of the cadence from now on", () => {
    fc.assert(
      fc.property(scenario, fc.integer({ min: 0, max: 40 }), (s, count) => {
        const input = {
          createdAt: new Date(s.createdMs),
          incremental: iso(s.incremental),
          fullRefresh: iso(s.fullRefresh),
        };
        const now = new Date(s.createdMs + s.fromOffsetMs);
        const window = computeCadence({
          ...input,
          from: now,
          to: new Date(s.createdMs + 400 * DAY_MS),
          maxRuns: 1000,
        });
        expect(nextRuns(input, now, count)).toEqual(window.runs.slice(0, count));
      }),
      { numRuns: 200 },
    );
  });

  it("runsPerDay matches the runs counted over a long window", () => {
    fc.assert(
      fc.property(schedule, schedule, (incremental, fullRefresh) => {
        const createdAt = new Date(Date.UTC(2026, 0, 1));
        const days = 20;
        const schedules = { incremental: iso(incremental), fullRefresh: iso(fullRefresh) };
        const { runs, truncated } = computeCadence({
          ...schedules,
          createdAt,
          from: createdAt,
          to: new Date(createdAt.getTime() + days * DAY_MS),
        });
        expect(truncated).toBe(false);
        const perDay = runsPerDay(schedules);
        const fulls = runs.filter((run) => run.kind === "full").length;
        const incs = runs.filter((run) => run.kind === "incremental").length;
        expect(Math.abs(fulls - perDay.full * days)).toBeLessThanOrEqual(1);
        expect(Math.abs(incs - perDay.incremental * days)).toBeLessThanOrEqual(2);
      }),
      { numRuns: 100 },
    );
  });
});

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}
