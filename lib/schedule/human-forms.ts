import { decimalToNanos } from "./duration-math";

export type HumanReading =
  | { kind: "duration"; totalNanos: bigint }
  | { kind: "calendar"; unit: "month" | "year"; count: number }
  | { kind: "none" };

const UNIT_SECONDS: Record<string, bigint> = {
  s: 1n,
  m: 60n,
  h: 3600n,
  d: 86_400n,
  w: 604_800n,
};

const UNIT_ALIASES: [RegExp, string][] = [
  [/^(s|secs?|seconds?)$/, "s"],
  [/^(m|mins?|minutes?)$/, "m"],
  [/^(h|hrs?|hours?)$/, "h"],
  [/^(d|days?)$/, "d"],
  [/^(w|wks?|weeks?)$/, "w"],
  [/^(mo|mos|months?)$/, "month"],
  [/^(y|yrs?|years?)$/, "year"],
];

// A Map, not an object literal, so typed text such as "__proto__" or "constructor" is never a keyword.
const KEYWORDS = new Map([
  ["hourly", "1h"],
  ["daily", "1d"],
  ["nightly", "1d"],
  ["weekly", "1w"],
  ["monthly", "1month"],
  ["yearly", "1year"],
  ["annually", "1year"],
]);

const PART = /(\d+(?:[.,]\d+)?) ?([a-z]+)/g;
const FULL = /^(?:\d+(?:[.,]\d+)? ?[a-z]+ ?)+$/;

/**
 * Reads what people type: "15m", "6 h", "1h30m", "every 6 hours", "every day", "daily", "weekly".
 * Months and years are recognised only so the caller can explain why they are refused.
 */
export function readHumanDuration(text: string): HumanReading {
  let rest = text.trim().toLowerCase().replace(/\s+/g, " ");
  rest = KEYWORDS.get(rest) ?? rest;
  rest = rest.replace(/^every /, "");
  if (/^(second|minute|hour|day|week|month|year)$/.test(rest)) rest = `1 ${rest}`;
  rest = rest.replace(/,? and |, /g, " ");
  if (!FULL.test(rest)) return { kind: "none" };
  let totalNanos = 0n;
  for (const [, amount = "", unitText = ""] of rest.matchAll(PART)) {
    const unit = UNIT_ALIASES.find(([pattern]) => pattern.test(unitText))?.[1];
    if (unit === undefined) return { kind: "none" };
    if (unit === "month" || unit === "year") {
      return { kind: "calendar", unit, count: Number(amount.replace(",", ".")) };
    }
    const nanos = decimalToNanos(amount, UNIT_SECONDS[unit] ?? 0n);
    if (nanos === null) return { kind: "none" };
    totalNanos += nanos;
  }
  return { kind: "duration", totalNanos };
}
