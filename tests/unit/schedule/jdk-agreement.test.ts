import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseIsoDuration } from "@/lib/schedule";

type FixtureEntry =
  { input: string; ok: true; seconds: string; nanos: number } | { input: string; ok: false };

const fixtureUrl = new URL("../../fixtures/jdk-durations.json", import.meta.url);
const entries = JSON.parse(readFileSync(fixtureUrl, "utf8")) as FixtureEntry[];

const asJava = (input: string) => {
  const result = parseIsoDuration(input);
  return result.ok ? { ok: true, seconds: result.seconds.toString(), nanos: result.nanos } : { ok: false };
};

describe("parseIsoDuration agrees with java.time.Duration.parse (committed JDK 17 fixture)", () => {
  it("covers at least 2,000 strings, valid and invalid", () => {
    expect(entries.length).toBeGreaterThanOrEqual(2000);
    expect(entries.filter((entry) => entry.ok).length).toBeGreaterThan(500);
    expect(entries.filter((entry) => !entry.ok).length).toBeGreaterThan(500);
  });

  it("covers signs, fractions, whitespace, non-ASCII digits, overflow and every unit letter", () => {
    const inputs = entries.map((entry) => entry.input);
    const some = (pattern: RegExp) => inputs.some((input) => pattern.test(input));
    for (const pattern of [
      /^-P/,
      /^\+P/,
      /T-\d/,
      /\d\.\d/,
      /\d,\d/,
      /\.\d{10}/,
      /\s/,
      /[٠-٩]/,
      /[０-９]/,
      /^$/,
    ]) {
      expect(some(pattern), String(pattern)).toBe(true);
    }
    for (const unit of "YMWDHS") expect(some(new RegExp(`\\d${unit}`)), unit).toBe(true);
    expect(inputs).toContain("PT9223372036854775808S");
  });

  it("returns what the JDK returned for every string in the fixture", () => {
    const disagreements = entries
      .map((entry) => ({ entry, actual: asJava(entry.input) }))
      .filter(({ entry, actual }) =>
        entry.ok ? !actual.ok || actual.seconds !== entry.seconds || actual.nanos !== entry.nanos : actual.ok,
      )
      .map(({ entry, actual }) => ({ input: JSON.stringify(entry.input), expected: entry, actual }));
    expect(disagreements).toEqual([]);
  });

  it("explains every string the JDK rejects", () => {
    for (const entry of entries.filter((e) => !e.ok)) {
      const result = parseIsoDuration(entry.input);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.length, entry.input).toBeGreaterThan(10);
    }
  });
});
