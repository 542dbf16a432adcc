import { clockUtc, dayUtc, isInRange, type ScheduleMap } from "@/lib/schedule-map";

const plural = (n: number, one: string, many: string) =>
  `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;

/** "02:00–02:10 UTC" or "Tue 1 Dec 02:00–03:00 UTC". */
export function cellTime(map: ScheduleMap, index: number): string {
  const start = map.grid.start + index * map.grid.slotMs;
  const end = start + map.grid.slotMs;
  const day = map.grid.view === "next-24h" ? "" : `${dayUtc(start)} `;
  return `${day}${clockUtc(start)}–${clockUtc(end)} UTC`;
}

export function startsText(full: number, incremental: number, past = false): string {
  const verb = past ? "started" : full + incremental === 1 ? "starts" : "start";
  if (full === 0 && incremental === 0) return `no runs ${past ? "started" : "start"}`;
  const parts = [
    full ? plural(full, "full refresh", "full refreshes") : "",
    incremental ? plural(incremental, "incremental sync", "incremental syncs") : "",
  ].filter(Boolean);
  return `${parts.join(" and ")} ${verb}`;
}

/** The cell in words, for its accessible name and the detail heading. */
export function cellWords(map: ScheduleMap, index: number): string {
  const time = cellTime(map, index);
  if (!isInRange(map.grid, index)) {
    return `${time}: ${map.grid.projected ? "before now" : "after now"}, not part of this view`;
  }
  const full = map.full[index]!;
  const incremental = map.incremental[index]!;
  const peak = map.peak[index]!;
  const rows = map.rows[index]!;
  const going = peak ? `, at most ${plural(peak, "run", "runs")} at once` : "";
  const moved = rows ? `, ${plural(Math.round(rows), "row", "rows")}` : "";
  return `${time}: ${startsText(full, incremental, !map.grid.projected)}${going}${moved}`;
}

export { plural };
