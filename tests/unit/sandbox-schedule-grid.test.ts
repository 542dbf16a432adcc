import { describe, expect, it } from "vitest";

import { nextSlot } from "@/sandbox/engine/caches";

describe("sandbox schedule grid: set time + k·interval", () => {
  const set = 1_000_000;
  const hour = 3_600_000;

  it("fires on the grid however late the scheduler woke", () => {
    expect(nextSlot(set + hour, hour, set + hour)).toBe(set + 2 * hour);
    expect(nextSlot(set + hour, hour, set + hour + 1_234)).toBe(set + 2 * hour);
  });

  it("collapses slots missed while the sandbox was down into one run and keeps the phase", () => {
    expect(nextSlot(set + hour, hour, set + 5 * hour + 10)).toBe(set + 6 * hour);
    expect(nextSlot(set + hour, hour, set + 5 * hour)).toBe(set + 6 * hour);
  });

  it("has no next slot without an interval, and stays within a Date for huge ones", () => {
    expect(nextSlot(set, null, set)).toBeNull();
    expect(nextSlot(set, 8.64e18, set)).toBe(8_000_000_000_000_000);
  });
});
