import { runsPerDay } from "@/lib/schedule/cadence";
import type { Schedules } from "@/lib/types";

export type LoadItem = {
  schedules: Schedules;
  /** The table's cached row count where a copy exists. */ rows: number | null;
};

export type ExpectedLoad = {
  runsPerDay: { full: number; incremental: number };
  /** Rows full refreshes read a day, over the tables whose size is known. */
  fullRowsPerDay: number;
  /** Tables with scheduled full refreshes whose size is unknown. */
  unknownSize: number;
};

/** Runs a day from the schedules, and the rows full refreshes read where a table's size is known. */
export function expectedLoad(items: readonly LoadItem[]): ExpectedLoad {
  const load: ExpectedLoad = { runsPerDay: { full: 0, incremental: 0 }, fullRowsPerDay: 0, unknownSize: 0 };
  for (const { schedules, rows } of items) {
    const runs = runsPerDay(schedules);
    load.runsPerDay.full += runs.full;
    load.runsPerDay.incremental += runs.incremental;
    if (runs.full === 0) continue;
    if (rows === null) load.unknownSize += 1;
    else load.fullRowsPerDay += runs.full * rows;
  }
  return load;
}

const count = (n: number) =>
  n >= 10 || Number.isInteger(n) ? Math.round(n).toLocaleString("en") : n.toFixed(1);

/** The review step's line, labelled as the estimate it is. */
export function describeLoad(load: ExpectedLoad, tables: number): string {
  const { full, incremental } = load.runsPerDay;
  const total = full + incremental;
  const of = tables === 1 ? "this table" : `these ${tables} tables`;
  if (total === 0) return `Expected load: one run for each table, then none (one-time copies).`;
  const runs = `Expected load (an estimate from the schedules): about ${count(total)} runs a day for ${of} (${count(incremental)} incremental, ${count(full)} full refresh).`;
  const rows =
    full === 0
      ? " Incremental syncs read only new and changed rows, which the console cannot know beforehand."
      : load.unknownSize > 0
        ? ` Rows read a day: unknown${load.fullRowsPerDay > 0 ? ` beyond ${count(load.fullRowsPerDay)} for the tables whose size is known` : ""}; Peaka's table statistics give no row count and ${load.unknownSize === 1 ? "a new table has" : `${load.unknownSize} of them have`} no cached copy to measure. Each full refresh reads the whole table; an incremental only its changes.`
        : ` Full refreshes read about ${count(load.fullRowsPerDay)} rows a day; incremental syncs add only new and changed rows.`;
  return runs + rows;
}
