// @vitest-environment happy-dom
import { act, cleanup, render, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import { useClock } from "@/lib/use-clock";

function Clock() {
  return <output>{useClock(15_000)}</output>;
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const STEP = 1_800_000_000_000; // a multiple of 15 s

describe("useClock", () => {
  it("moves on at each step, however long before one it was mounted", async () => {
    vi.setSystemTime(STEP + 14_900);
    render(<Clock />);
    expect(screen.getByRole("status").textContent).toBe(String(STEP));
    await act(async () => {
      await vi.advanceTimersByTimeAsync(1_000);
    });
    // A free-running 15 s interval would still show STEP here, and until 15 s after mounting.
    expect(screen.getByRole("status").textContent).toBe(String(STEP + 15_000));
    await act(async () => {
      await vi.advanceTimersByTimeAsync(15_000);
    });
    expect(screen.getByRole("status").textContent).toBe(String(STEP + 30_000));
  });

  it("never falls more than one step behind over a long run", async () => {
    vi.setSystemTime(STEP + 7_000);
    render(<Clock />);
    for (let i = 0; i < 40; i++) {
      await act(async () => {
        await vi.advanceTimersByTimeAsync(3_700);
      });
      const shown = Number(screen.getByRole("status").textContent);
      expect(Date.now() - shown).toBeLessThan(15_000 + 10);
    }
  });
});
