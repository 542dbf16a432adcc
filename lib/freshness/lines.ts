import type { FreshnessState, TargetLines } from "@/lib/types/freshness";

/** fresh below warn, warn from warn, error from error; a copy that never existed has no age. */
export function freshnessState(ageMs: number | null, lines: TargetLines): FreshnessState {
  if (ageMs === null) return "no-data";
  if (ageMs >= lines.errorMs) return "error";
  if (ageMs >= lines.warnMs) return "warn";
  return "fresh";
}

/** How far along the way to its error line a copy is: 1 means at the line. Sorts "most stale first". */
export function staleness(ageMs: number | null, lines: TargetLines): number {
  if (ageMs === null) return Infinity;
  return lines.errorMs > 0 ? ageMs / lines.errorMs : 0;
}
