import { diagnoseIsoDuration } from "./iso-duration-diagnose";
import { parseJavaDuration } from "./java-duration";
import type { DurationParseResult } from "./types";

export { formatIsoDuration } from "./iso-format";

/**
 * Reads an ISO-8601 duration exactly as java.time.Duration.parse does (what the Peaka backend runs).
 * `nanos` is always 0..999,999,999 and `seconds` carries the sign, like the JDK's getSeconds()/getNano().
 * Failures say what is wrong and, where one exists, `suggestion` holds the canonical form that was meant.
 */
export function parseIsoDuration(text: string): DurationParseResult {
  const exact = parseJavaDuration(text);
  if (exact.ok) return exact;
  return diagnoseIsoDuration(text, exact.reason);
}
