import { describe, expect, it } from "vitest";
import { describeDuration, parseScheduleInput } from "@/lib/schedule";

describe("parseScheduleInput", () => {
  it.each([
    ["15m", "PT15M", 900n, "every 15 minutes"],
    ["6h", "PT6H", 21_600n, "every 6 hours"],
    ["6 H", "PT6H", 21_600n, "every 6 hours"],
    ["every 6 hours", "PT6H", 21_600n, "every 6 hours"],
    ["Every 30 minutes", "PT30M", 1800n, "every 30 minutes"],
    ["1h30m", "PT1H30M", 5400n, "every 1 hour and 30 minutes"],
    ["1 hour and 30 minutes", "PT1H30M", 5400n, "every 1 hour and 30 minutes"],
    ["1.5h", "PT1H30M", 5400n, "every 1 hour and 30 minutes"],
    ["hourly", "PT1H", 3600n, "every hour"],
    ["daily", "P1D", 86_400n, "every day"],
    ["every day", "P1D", 86_400n, "every day"],
    ["weekly", "P7D", 604_800n, "every week"],
    ["2 weeks", "P14D", 1_209_600n, "every 2 weeks"],
    ["PT6H", "PT6H", 21_600n, "every 6 hours"],
    ["pt90m", "PT1H30M", 5400n, "every 1 hour and 30 minutes"],
    ["PT24H", "P1D", 86_400n, "every day"],
    ["  P1D  ", "P1D", 86_400n, "every day"],
  ])("reads %j as %s", (text, iso, seconds, words) => {
    expect(parseScheduleInput(text)).toEqual({ ok: true, iso, seconds, nanos: 0, words });
  });

  it.each([
    ["P1W", "P7D"],
    ["monthly", "P30D"],
    ["every month", "P30D"],
    ["PT1.5H", "PT1H30M"],
    ["P6H", "PT6H"],
  ])("refuses %s with the canonical form as suggestion", (text, suggestion) => {
    const result = parseScheduleInput(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.suggestion).toBe(suggestion);
      expect(result.error).toContain(suggestion);
    }
  });

  it.each(["", "soon", "6 fortnights", "every", "h", "__proto__", "constructor", "toString"])(
    "refuses %j with a hint",
    (text) => {
      const result = parseScheduleInput(text);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.hint).toContain("PT15M");
    },
  );
});

describe("describeDuration", () => {
  it.each([
    [21_600n, 0, "every 6 hours"],
    [86_400n, 0, "every day"],
    [172_800n, 0, "every 2 days"],
    [604_800n, 0, "every week"],
    [3600n, 0, "every hour"],
    [60n, 0, "every minute"],
    [1n, 0, "every second"],
    [900n, 0, "every 15 minutes"],
    [5400n, 0, "every 1 hour and 30 minutes"],
    [90_061n, 0, "every 1 day, 1 hour, 1 minute and 1 second"],
    [1n, 500_000_000, "every 1.5 seconds"],
    [0n, 250_000_000, "every 0.25 seconds"],
    [0n, 0, "a zero interval (never repeats)"],
    [-3600n, 0, "a negative interval of 1 hour"],
    [-604_800n, 0, "a negative interval of 1 week"],
  ])("describes (%s s, %s ns) as %j", (seconds, nanos, words) => {
    expect(describeDuration(seconds, nanos)).toBe(words);
  });
});
