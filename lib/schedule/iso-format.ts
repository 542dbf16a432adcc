import { LONG_MIN, NANOS_PER_SECOND, SECONDS_PER_DAY, toTotalNanos } from "./duration-math";

/**
 * Canonical form: days, then T with hours, minutes and seconds; zero parts left out; the sign in front
 * (-PT6H); PT0S for zero. `nanos` may be any integer; it is folded into the seconds.
 */
export function formatIsoDuration(seconds: bigint, nanos = 0): string {
  const total = toTotalNanos(seconds, nanos);
  if (total === 0n) return "PT0S";
  if (total === LONG_MIN * NANOS_PER_SECOND) {
    // -2^63 s has no positive counterpart in a Java long, so "-P…" would overflow: sign each part instead.
    return formatMagnitude(-total, "-");
  }
  return total < 0n ? `-${formatMagnitude(-total, "")}` : formatMagnitude(total, "");
}

function formatMagnitude(totalNanos: bigint, partSign: "" | "-"): string {
  const wholeSeconds = totalNanos / NANOS_PER_SECOND;
  const fraction = totalNanos % NANOS_PER_SECOND;
  const days = wholeSeconds / SECONDS_PER_DAY;
  const rest = wholeSeconds % SECONDS_PER_DAY;
  const parts: [bigint, string][] = [
    [rest / 3600n, "H"],
    [(rest % 3600n) / 60n, "M"],
  ];
  let time = parts
    .filter(([value]) => value > 0n)
    .map(([value, unit]) => `${partSign}${value}${unit}`)
    .join("");
  const secs = rest % 60n;
  if (secs > 0n || fraction > 0n) {
    const fractionText = fraction > 0n ? `.${fraction.toString().padStart(9, "0").replace(/0+$/, "")}` : "";
    time += `${partSign}${secs}${fractionText}S`;
  }
  const date = days > 0n ? `P${partSign}${days}D` : "P";
  return time ? `${date}T${time}` : date;
}
