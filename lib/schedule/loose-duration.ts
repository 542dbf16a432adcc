import { decimalToNanos, fitsLong, floorDiv, NANOS_PER_SECOND } from "./duration-math";
import { parseJavaDuration } from "./java-duration";
import { formatIsoDuration } from "./iso-format";

export type LooseToken = { amount: string; unit: string; afterT: boolean };

export type LooseDuration = { negative: boolean; hasP: boolean; tCount: number; tokens: LooseToken[] };

const TOKEN = /([-+]?(?:\d+(?:[.,]\d*)?|[.,]\d+))([YMWDHS])/y;

/** Reads a duration far more loosely than the JDK (any order, any unit, fractions anywhere) to explain it. */
export function readLooseDuration(upper: string): LooseDuration | null {
  const head = /^([-+]?)(P?)/.exec(upper);
  const negative = head?.[1] === "-";
  let index = head?.[0].length ?? 0;
  const tokens: LooseToken[] = [];
  let tCount = 0;
  while (index < upper.length) {
    if (upper[index] === "T") {
      tCount += 1;
      index += 1;
      continue;
    }
    TOKEN.lastIndex = index;
    const match = TOKEN.exec(upper);
    if (!match) return null;
    tokens.push({ amount: match[1] ?? "", unit: match[2] ?? "", afterT: tCount > 0 });
    index = TOKEN.lastIndex;
  }
  return { negative, hasP: head?.[2] === "P", tCount, tokens };
}

const CALENDAR_SECONDS: Record<string, bigint> = {
  Y: 365n * 86_400n,
  W: 7n * 86_400n,
  D: 86_400n,
  H: 3600n,
  S: 1n,
};

export const unitSeconds = (token: LooseToken): bigint =>
  token.unit === "M" ? (token.afterT ? 60n : 30n * 86_400n) : (CALENDAR_SECONDS[token.unit] ?? 0n);

/** The canonical ISO form of what the loose reading most likely meant, if the JDK would accept it. */
export function suggestFromLoose(loose: LooseDuration): string | undefined {
  let total = 0n;
  for (const token of loose.tokens) {
    const amount = token.amount.replace(/^([-+]?)[.,]/, "$10.").replace(/([.,]\d{9})\d+$/, "$1");
    const nanos = decimalToNanos(amount, unitSeconds(token));
    if (nanos === null) return undefined;
    total += nanos;
  }
  return suggestFromNanos(loose.negative ? -total : total);
}

export function suggestFromNanos(totalNanos: bigint): string | undefined {
  if (!fitsLong(floorDiv(totalNanos, NANOS_PER_SECOND))) return undefined;
  const iso = formatIsoDuration(totalNanos / NANOS_PER_SECOND, Number(totalNanos % NANOS_PER_SECOND));
  return parseJavaDuration(iso).ok ? iso : undefined;
}
