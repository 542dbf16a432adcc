import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatIsoDuration, parseIsoDuration, parseScheduleInput } from "@/lib/schedule";

const LONG_MIN = -9_223_372_036_854_775_808n;
const LONG_MAX = 9_223_372_036_854_775_807n;

const javaDuration = fc.record({
  seconds: fc.oneof(
    fc.bigInt({ min: LONG_MIN, max: LONG_MAX }),
    fc.bigInt({ min: -1_000_000n, max: 1_000_000n }),
    fc.constantFrom(LONG_MIN, LONG_MIN + 1n, LONG_MAX, 0n, -1n),
  ),
  nanos: fc.oneof(fc.integer({ min: 0, max: 999_999_999 }), fc.constant(0)),
});

describe("ISO duration properties", () => {
  it("parse(format(x)) gives back x for every value a Java Duration can hold", () => {
    fc.assert(
      fc.property(javaDuration, ({ seconds, nanos }) => {
        const parsed = parseIsoDuration(formatIsoDuration(seconds, nanos));
        expect(parsed).toEqual({ ok: true, seconds, nanos });
      }),
      { numRuns: 2000 },
    );
  });

  it("format(parse(c)) is the identity on canonical forms", () => {
    fc.assert(
      fc.property(javaDuration, ({ seconds, nanos }) => {
        const canonical = formatIsoDuration(seconds, nanos);
        const parsed = parseIsoDuration(canonical);
        expect(parsed.ok && formatIsoDuration(parsed.seconds, parsed.nanos)).toBe(canonical);
      }),
      { numRuns: 2000 },
    );
  });

  it("any accepted form, however written, formats to one canonical form of the same length", () => {
    const part = fc.option(fc.integer({ min: -100_000, max: 100_000 }), { nil: undefined });
    fc.assert(
      fc.property(part, part, part, part, fc.boolean(), (d, h, m, s, negate) => {
        fc.pre([d, h, m, s].some((value) => value !== undefined));
        const piece = (value: number | undefined, unit: string) =>
          value === undefined ? "" : `${value}${unit}`;
        const time = `${piece(h, "H")}${piece(m, "M")}${piece(s, "S")}`;
        const text = `${negate ? "-" : ""}P${piece(d, "D")}${time ? `T${time}` : ""}`;
        const parsed = parseIsoDuration(text);
        const expected =
          BigInt((d ?? 0) * 86_400 + (h ?? 0) * 3600 + (m ?? 0) * 60 + (s ?? 0)) * (negate ? -1n : 1n);
        expect(parsed).toEqual({ ok: true, seconds: expected, nanos: 0 });
        if (parsed.ok) expect(parseIsoDuration(formatIsoDuration(parsed.seconds))).toEqual(parsed);
      }),
    );
  });

  it("never throws, and every refusal says what is wrong", () => {
    const anyText = fc.oneof(
      fc.string({ unit: "binary", maxLength: 24 }),
      fc.stringMatching(/^[-+ ]?[PpTt]?[-+0-9.,DdHhMmSsWwYyTt ]{0,14}$/),
    );
    fc.assert(
      fc.property(anyText, (text) => {
        const parsed = parseIsoDuration(text);
        if (!parsed.ok) {
          expect(parsed.error.length).toBeGreaterThan(10);
          if (parsed.suggestion !== undefined) expect(parseIsoDuration(parsed.suggestion).ok).toBe(true);
        }
        const input = parseScheduleInput(text);
        if (input.ok) expect(parseIsoDuration(input.iso).ok).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});
