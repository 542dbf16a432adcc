import { NANOS_PER_SECOND, splitNanos, toTotalNanos } from "./duration-math";
import { readHumanDuration } from "./human-forms";
import { formatIsoDuration, parseIsoDuration } from "./iso-duration";
import { suggestFromNanos } from "./loose-duration";
import type { ScheduleInputResult } from "./types";

const UNITS: [bigint, string][] = [
  [86_400n, "day"],
  [3600n, "hour"],
  [60n, "minute"],
  [1n, "second"],
];

const plural = (count: bigint, unit: string): string => `${count} ${unit}${count === 1n ? "" : "s"}`;

const joinWords = (parts: string[]): string =>
  parts.length <= 1 ? (parts[0] ?? "") : `${parts.slice(0, -1).join(", ")} and ${parts.at(-1) ?? ""}`;

/** "every 6 hours", "every day", "every week", "every 1 hour and 30 minutes". */
export function describeDuration(seconds: bigint, nanos = 0): string {
  const total = toTotalNanos(seconds, nanos);
  if (total === 0n) return "a zero interval (never repeats)";
  if (total < 0n) return `a negative interval of ${spell(-total, true)}`;
  return `every ${spell(total)}`;
}

function spell(totalNanos: bigint, keepOne = false): string {
  const whole = totalNanos / NANOS_PER_SECOND;
  const fraction = totalNanos % NANOS_PER_SECOND;
  if (fraction === 0n && whole > 0n && whole % 604_800n === 0n) {
    const weeks = whole / 604_800n;
    return weeks === 1n && !keepOne ? "week" : plural(weeks, "week");
  }
  let rest = whole;
  const parts: string[] = [];
  for (const [size, unit] of UNITS) {
    const count = rest / size;
    rest %= size;
    if (count > 0n && (size > 1n || fraction === 0n)) parts.push(plural(count, unit));
    if (size === 1n && fraction > 0n) {
      const decimals = fraction.toString().padStart(9, "0").replace(/0+$/, "");
      parts.push(`${count}.${decimals} seconds`);
    }
  }
  if (!keepOne && parts.length === 1 && parts[0]?.startsWith("1 ")) return parts[0].slice(2);
  return joinWords(parts);
}

/**
 * Reads an interval typed by a person: ISO-8601 (any form the JDK accepts) or "15m", "6h", "1h30m",
 * "every 6 hours", "daily", "weekly". Surrounding spaces are forgiven. On success `iso` is canonical,
 * which is what should be sent to Peaka.
 */
export function parseScheduleInput(text: string): ScheduleInputResult {
  const trimmed = text.trim();
  const iso = parseIsoDuration(trimmed);
  if (iso.ok) return success(toTotalNanos(iso.seconds, iso.nanos));
  const reading = readHumanDuration(trimmed);
  if (reading.kind === "duration" && suggestFromNanos(reading.totalNanos) !== undefined) {
    return success(reading.totalNanos);
  }
  return iso;
}

function success(totalNanos: bigint): ScheduleInputResult {
  const { seconds, nanos } = splitNanos(totalNanos);
  return {
    ok: true,
    iso: formatIsoDuration(seconds, nanos),
    seconds,
    nanos,
    words: describeDuration(seconds, nanos),
  };
}
