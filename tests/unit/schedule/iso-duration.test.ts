import { describe, expect, it } from "vitest";
import { formatIsoDuration, parseIsoDuration } from "@/lib/schedule";

const valueOf = (text: string) => {
  const result = parseIsoDuration(text);
  return result.ok ? [result.seconds, result.nanos] : result.error;
};

const failureOf = (text: string) => {
  const result = parseIsoDuration(text);
  if (result.ok) throw new Error(`${text} unexpectedly parsed`);
  return result;
};

describe("parseIsoDuration", () => {
  it.each([
    ["PT15M", 900n, 0],
    ["PT6H", 21_600n, 0],
    ["P1D", 86_400n, 0],
    ["P2DT3H4M", 183_840n, 0],
    ["pt1h30m", 5400n, 0],
    ["PT20.345S", 20n, 345_000_000],
    ["PT1,5S", 1n, 500_000_000],
    ["PT1.S", 1n, 0],
    ["PT0.000000001S", 0n, 1],
    ["-PT6H", -21_600n, 0],
    ["PT-6H+3M", -21_420n, 0],
    ["-PT-6H", 21_600n, 0],
    ["PT-0.5S", -1n, 500_000_000],
    ["-PT1.5S", -2n, 500_000_000],
    ["PT0S", 0n, 0],
    ["PT9223372036854775807S", 9_223_372_036_854_775_807n, 0],
    ["PT-9223372036854775808S", -9_223_372_036_854_775_808n, 0],
  ])("reads %s as the JDK does", (text, seconds, nanos) => {
    expect(valueOf(text)).toEqual([seconds, nanos]);
  });

  it("accepts the JDK's quirk of a lowercase lone t but not an uppercase one", () => {
    expect(valueOf("P1Dt")).toEqual([86_400n, 0]);
    expect(parseIsoDuration("P1DT").ok).toBe(false);
  });

  it.each([
    ["P1W", "Weeks are not supported: use P7D.", "P7D"],
    ["P2W3D", "Weeks are not supported: use P17D.", "P17D"],
    ["P1M", "Months are not supported; a day is exactly 24 h: use P30D.", "P30D"],
    ["P1Y", "Years are not supported; a day is exactly 24 h: use P365D.", "P365D"],
    ["PT1.5H", "Only seconds may have a fraction: use PT1H30M.", "PT1H30M"],
    ["P1.5D", "Only seconds may have a fraction: use P1DT12H.", "P1DT12H"],
    ["P6H", "Time parts need a T: use PT6H.", "PT6H"],
    ["P1D6H", "Time parts need a T: use P1DT6H.", "P1DT6H"],
    ["PT1D", "Days go before the T: use P1D.", "P1D"],
    [
      "PT30M1H",
      "Parts go in the order days, hours, minutes, seconds, each at most once: use PT1H30M.",
      "PT1H30M",
    ],
    ["T6H", "A duration starts with P: use PT6H.", "PT6H"],
    ["P1DT", "A T must be followed by hours, minutes or seconds: use P1D.", "P1D"],
    [
      "PT1.1234567891S",
      "Seconds take at most 9 decimal places (nanoseconds): use PT1.123456789S.",
      "PT1.123456789S",
    ],
    ["PT.5S", "Write a digit before the decimal point: use PT0.5S.", "PT0.5S"],
    ["15m", '"15m" is not an ISO-8601 duration: write PT15M.', "PT15M"],
    ["6 hours", '"6 hours" is not an ISO-8601 duration: write PT6H.', "PT6H"],
    ["daily", '"daily" is not an ISO-8601 duration: write P1D.', "P1D"],
    ["weekly", '"weekly" is not an ISO-8601 duration: write P7D.', "P7D"],
    ["monthly", "Months are not supported: use P30D.", "P30D"],
    [" PT6H", "A duration cannot contain spaces: use PT6H.", "PT6H"],
    ["PT 6H", "A duration cannot contain spaces: use PT6H.", "PT6H"],
    ["PT٦H", "Only ASCII digits 0-9 and letters are allowed: use PT6H.", "PT6H"],
    ["ＰＴ６Ｈ", "Only ASCII digits 0-9 and letters are allowed: use PT6H.", "PT6H"],
    ["PT\u{1D7D4}H", "Only ASCII digits 0-9 and letters are allowed: use PT6H.", "PT6H"],
  ])("explains %s and suggests the canonical form", (text, error, suggestion) => {
    const failure = failureOf(text);
    expect(failure.error).toBe(error);
    expect(failure.suggestion).toBe(suggestion);
    expect(failure.hint).toBeTruthy();
  });

  it("tells someone who typed P30M how to write 30 minutes", () => {
    expect(failureOf("P30M").hint).toContain("for 30 minutes write PT30M");
    expect(failureOf("P1M").hint).toContain("for 1 minute write PT1M");
  });

  it.each([
    ["", "The duration is empty."],
    ["   ", "The duration is only spaces."],
    ["P", '"P" has no value: add at least one part, e.g. PT15M or P1D.'],
    ["PT", '"PT" has no value: add at least one part, e.g. PT15M or P1D.'],
    ["xyz", '"xyz" is not an ISO-8601 duration.'],
  ])("rejects %j without a suggestion", (text, error) => {
    const failure = failureOf(text);
    expect(failure.error).toBe(error);
    expect(failure.suggestion).toBeUndefined();
    expect(failure.hint).toContain("PT15M");
  });

  it.each([
    "P106751991167301D",
    "PT9223372036854775808S",
    "-PT-9223372036854775808S",
    "P106751991167300DT15H30M8S",
  ])("reports %s as too long rather than as a syntax error", (text) => {
    expect(failureOf(text).error).toMatch(/^The duration is too long/);
  });
});

describe("formatIsoDuration", () => {
  it.each([
    [21_600n, 0, "PT6H"],
    [86_400n, 0, "P1D"],
    [5400n, 0, "PT1H30M"],
    [900n, 0, "PT15M"],
    [604_800n, 0, "P7D"],
    [90_061n, 0, "P1DT1H1M1S"],
    [0n, 0, "PT0S"],
    [20n, 345_000_000, "PT20.345S"],
    [0n, 1, "PT0.000000001S"],
    [-21_600n, 0, "-PT6H"],
    [-2n, 500_000_000, "-PT1.5S"],
    [1n, 2_500_000_000, "PT3.5S"],
    [-9_223_372_036_854_775_808n, 0, "P-106751991167300DT-15H-30M-8S"],
    [9_223_372_036_854_775_807n, 999_999_999, "P106751991167300DT15H30M7.999999999S"],
  ])("writes (%s s, %s ns) as %s", (seconds, nanos, expected) => {
    expect(formatIsoDuration(seconds, nanos)).toBe(expected);
    expect(valueOf(expected)).toEqual([seconds + BigInt(Math.floor(nanos / 1e9)), nanos % 1e9]);
  });

  it("treats a missing nanos argument as zero", () => {
    expect(formatIsoDuration(60n)).toBe("PT1M");
  });
});
