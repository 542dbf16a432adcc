import { describe, expect, it } from "vitest";

import {
  formatDateTime,
  formatDuration,
  runDuration,
  splitError,
} from "@/components/cache-detail/format-run";
import type { CacheRun } from "@/lib/types";

const run = (over: Partial<CacheRun>): CacheRun => ({
  id: "r1",
  kind: "incremental",
  status: "completed",
  startedAt: "2026-11-28T10:00:00Z",
  updatedAt: null,
  finishedAt: "2026-11-28T10:01:05Z",
  rowsCached: 1,
  rowsInserted: 0,
  rowsUpdated: 0,
  rowsDeleted: 0,
  error: null,
  ...over,
});

describe("run durations", () => {
  it("reads like a person would say it", () => {
    expect(formatDuration(400)).toBe("under a second");
    expect(formatDuration(42_000)).toBe("42 s");
    expect(formatDuration(65_000)).toBe("1 min 5 s");
    expect(formatDuration(3_900_000)).toBe("1 h 5 min");
    expect(formatDuration(-1)).toBe("—");
  });

  it("counts a running run up to now and a finished one to its end", () => {
    const now = Date.parse("2026-11-28T10:00:30Z");
    expect(runDuration(run({}), now)).toBe("1 min 5 s");
    expect(runDuration(run({ status: "running", finishedAt: null }), now)).toBe("30 s");
    expect(runDuration(run({ status: "failed", finishedAt: null }), now)).toBe("—");
    expect(runDuration(run({ startedAt: null }), now)).toBe("—");
  });
});

describe("splitError", () => {
  it("keeps the first sentence visible and the rest for the details", () => {
    expect(splitError("Source unreachable. Connection refused at 10.0.0.1:5432 after 3 tries.")).toEqual({
      summary: "Source unreachable.",
      rest: "Connection refused at 10.0.0.1:5432 after 3 tries.",
    });
  });

  it("leaves a one-sentence error whole", () => {
    expect(splitError("Timed out")).toEqual({ summary: "Timed out", rest: null });
  });
});

describe("formatDateTime", () => {
  it("says the time zone of the time it shows", () => {
    expect(formatDateTime("2026-11-28T10:00:00Z")).toMatch(/:\d{2}\s?[AP]M\s+\S+$/);
    expect(formatDateTime(null)).toBe("—");
  });
});
