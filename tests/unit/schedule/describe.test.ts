import { describe, expect, it } from "vitest";
import { cacheModeOf, describeSchedules } from "@/lib/schedule";

describe("describeSchedules", () => {
  it.each([
    [{ incremental: "PT6H", fullRefresh: "P1D" }, "incremental every 6 hours, full refresh every day"],
    [{ incremental: "PT15M" }, "incremental every 15 minutes"],
    [{ fullRefresh: "P7D", incremental: null }, "full refresh every week"],
    [{}, "one-time"],
    [{ incremental: null, fullRefresh: null }, "one-time"],
    [{ incremental: "", fullRefresh: "" }, "one-time"],
    [{ incremental: "P1W" }, 'incremental with an invalid interval "P1W"'],
    [{ fullRefresh: "PT0S" }, "full refresh with a zero interval (never repeats)"],
    [
      { incremental: "PT90M", fullRefresh: "-P1D" },
      "incremental every 1 hour and 30 minutes, full refresh with a negative interval of 1 day",
    ],
  ])("describes %j", (schedules, text) => {
    expect(describeSchedules(schedules)).toBe(text);
  });
});

describe("cacheModeOf", () => {
  it.each([
    [{}, "one-time"],
    [{ incremental: null, fullRefresh: null }, "one-time"],
    [{ incremental: "PT6H" }, "incremental"],
    [{ fullRefresh: "P1D" }, "full-only"],
    [{ incremental: "PT6H", fullRefresh: "P1D" }, "full-and-incremental"],
    [{ incremental: "", fullRefresh: "P1D" }, "full-only"],
  ] as const)("classifies %j as %s", (schedules, mode) => {
    expect(cacheModeOf(schedules)).toBe(mode);
  });
});
