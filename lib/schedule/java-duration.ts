import { fitsLong, NANOS_PER_SECOND, SECONDS_PER_DAY, splitNanos } from "./duration-math";

// The exact pattern of java.time.Duration.parse. Without the `u` flag, `i` folds ASCII only, like Java's
// CASE_INSENSITIVE without UNICODE_CASE, and `[0-9]` never matches non-ASCII digits.
const JAVA_PATTERN =
  /^([-+]?)P(?:([-+]?[0-9]+)D)?(T(?:([-+]?[0-9]+)H)?(?:([-+]?[0-9]+)M)?(?:([-+]?[0-9]+)(?:[.,]([0-9]{0,9}))?S)?)?$/i;

export type JavaDuration =
  { ok: true; seconds: bigint; nanos: number } | { ok: false; reason: "syntax" | "overflow" };

/** Mirrors the JDK step by step, including where it checks for overflow (Math.multiplyExact/addExact). */
export function parseJavaDuration(text: string): JavaDuration {
  const match = JAVA_PATTERN.exec(text);
  if (!match) return { ok: false, reason: "syntax" };
  const [, sign, days, tGroup, hours, minutes, secs, fraction] = match;
  // The JDK compares the lone T case-sensitively, so "P1Dt" is accepted while "P1DT" is not.
  if (tGroup === "T") return { ok: false, reason: "syntax" };
  if (days === undefined && hours === undefined && minutes === undefined && secs === undefined) {
    return { ok: false, reason: "syntax" };
  }
  const scaled: bigint[] = [];
  for (const [digits, multiplier] of [
    [days, SECONDS_PER_DAY],
    [hours, 3600n],
    [minutes, 60n],
    [secs, 1n],
  ] as const) {
    // Leading zeros are legal at any length; more than 19 significant digits can only overflow, and
    // skipping BigInt on them keeps a megabyte of digits from costing seconds.
    if (digits !== undefined && digits.replace(/^[-+]?0*/, "").length > 19)
      return { ok: false, reason: "overflow" };
    const value = digits === undefined ? 0n : BigInt(digits);
    if (!fitsLong(value) || !fitsLong(value * multiplier)) return { ok: false, reason: "overflow" };
    scaled.push(value * multiplier);
  }
  const [d = 0n, h = 0n, m = 0n, s = 0n] = scaled;
  // Same association as Math.addExact(days, addExact(hours, addExact(minutes, seconds))).
  if (!fitsLong(m + s) || !fitsLong(h + m + s) || !fitsLong(d + h + m + s)) {
    return { ok: false, reason: "overflow" };
  }
  let nanos = fraction ? BigInt(fraction.padEnd(9, "0")) : 0n;
  if (secs?.startsWith("-")) nanos = -nanos;
  let totalNanos = (d + h + m + s) * NANOS_PER_SECOND + nanos;
  if (sign === "-") totalNanos = -totalNanos;
  const result = splitNanos(totalNanos);
  if (!fitsLong(result.seconds)) return { ok: false, reason: "overflow" };
  return { ok: true, ...result };
}
