import { clockUtc, dayUtc, type MapCache, type ScheduleMap } from "@/lib/schedule-map";

import { cellTime, plural, startsText } from "./cell-words";
import { VIEW_LABELS } from "./map-toolbar";

/** The map in a few sentences: its text equivalent. */
export function summarize(map: ScheduleMap, caches: readonly MapCache[]): string[] {
  const { grid, totals } = map;
  const when = `${VIEW_LABELS[grid.view]}${grid.projected ? " (estimate)" : ""}`;
  const lines = [
    `${when}: ${startsText(totals.full, totals.incremental, !grid.projected)} across ${plural(caches.length, "cache", "caches")}.`,
  ];
  let busiest = -1;
  for (let i = 0; i < map.full.length; i++) {
    const n = map.full[i]! + map.incremental[i]!;
    if (n > 0 && (busiest < 0 || n > map.full[busiest]! + map.incremental[busiest]!)) busiest = i;
  }
  if (busiest >= 0) {
    const peakAt =
      totals.peakAt === null
        ? ""
        : ` at ${grid.view === "next-24h" ? "" : `${dayUtc(totals.peakAt)} `}${clockUtc(totals.peakAt)} UTC`;
    lines.push(
      `Busiest slot: ${cellTime(map, busiest)}, where ${startsText(map.full[busiest]!, map.incremental[busiest]!, !grid.projected)}. At most ${plural(totals.peak, "run", "runs")} at once${peakAt}.`,
    );
  }
  lines.push(
    map.pileUps.length === 0
      ? `No pile-ups: no group of runs ${grid.projected ? "starts" : "started"} together much more than an even spread would.`
      : `${plural(map.pileUps.length, "pile-up", "pile-ups")} found; the largest: ${map.pileUps[0]!.text}.`,
  );
  if (grid.projected) {
    const scheduled = caches.filter((c) => c.schedules.fullRefresh || c.schedules.incremental);
    const unplaced = scheduled.filter(
      (c) =>
        (c.schedules.fullRefresh && !c.anchors.full) || (c.schedules.incremental && !c.anchors.incremental),
    );
    if (unplaced.length > 0) {
      lines.push(
        `${plural(unplaced.length, "cache has", "caches have")} a schedule but no run or console record to tell its phase, so ${unplaced.length === 1 ? "it is" : "they are"} left off the estimate.`,
      );
    }
  }
  return lines;
}
