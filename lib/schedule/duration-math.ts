export const LONG_MAX = 9223372036854775807n;
export const LONG_MIN = -9223372036854775808n;
export const NANOS_PER_SECOND = 1_000_000_000n;
export const SECONDS_PER_DAY = 86_400n;

export const fitsLong = (value: bigint): boolean => value >= LONG_MIN && value <= LONG_MAX;

export function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a < 0n !== b < 0n ? q - 1n : q;
}

/** Total nanoseconds of a decimal number text ("1.5") times a unit in seconds, or null if not whole nanos. */
export function decimalToNanos(text: string, unitSeconds: bigint): bigint | null {
  const match = /^([-+]?)(\d+)(?:[.,](\d*))?$/.exec(text);
  if (!match) return null;
  const [, sign, intPart = "0", fracPart = ""] = match;
  const scale = 10n ** BigInt(fracPart.length);
  const numerator = (BigInt(intPart) * scale + BigInt(fracPart || "0")) * unitSeconds * NANOS_PER_SECOND;
  if (numerator % scale !== 0n) return null;
  const nanos = numerator / scale;
  return sign === "-" ? -nanos : nanos;
}

/** Splits total nanoseconds into the JDK's (seconds, 0..999,999,999 nanos) pair. */
export function splitNanos(totalNanos: bigint): { seconds: bigint; nanos: number } {
  const seconds = floorDiv(totalNanos, NANOS_PER_SECOND);
  return { seconds, nanos: Number(totalNanos - seconds * NANOS_PER_SECOND) };
}

export const toTotalNanos = (seconds: bigint, nanos = 0): bigint =>
  seconds * NANOS_PER_SECOND + BigInt(Number.isFinite(nanos) ? Math.trunc(nanos) : 0);
