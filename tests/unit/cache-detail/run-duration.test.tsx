// @vitest-environment happy-dom
import { act, cleanup, render, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import { RunCard } from "@/components/cache-detail/run-card";
import type { CacheRun } from "@/lib/types";

const START = Date.parse("2026-12-01T10:00:00Z");

const run = (over: Partial<CacheRun>): CacheRun => ({
  id: "r1",
  kind: "full",
  status: "running",
  startedAt: new Date(START).toISOString(),
  updatedAt: null,
  finishedAt: null,
  rowsCached: 10,
  rowsInserted: null,
  rowsUpdated: null,
  rowsDeleted: null,
  error: null,
  ...over,
});

const duration = () => screen.getByText("Duration").nextElementSibling?.textContent;

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(START + 5_000);
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe("a run card's duration (its own clock, not the page's)", () => {
  it("counts a running run up every second", async () => {
    render(<RunCard kind="full" run={run({})} expectedRows={100} />);
    const first = duration();
    await act(async () => {
      await vi.advanceTimersByTimeAsync(3_100);
    });
    expect(duration()).not.toBe(first);
    expect(duration()).toMatch(/8\s?s/);
  });

  it("shows a finished run's length, however much time passes", async () => {
    const finished = run({ status: "completed", finishedAt: new Date(START + 2_000).toISOString() });
    render(<RunCard kind="full" run={finished} expectedRows={null} />);
    const shown = duration();
    expect(shown).toMatch(/2\s?s/);
    await act(async () => {
      await vi.advanceTimersByTimeAsync(60_000);
    });
    expect(duration()).toBe(shown);
  });
});
