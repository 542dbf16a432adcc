import { computeCadence } from "@/lib/schedule";

export type CadenceRun = ReturnType<typeof computeCadence>["runs"][number];
export type CadenceRange = "24h" | "7d";

const HOUR = 3_600_000;
export const RANGE_MS: Record<CadenceRange, number> = { "24h": 24 * HOUR, "7d": 7 * 24 * HOUR };

export type CadenceInput = { incremental: string | null; fullRefresh: string | null };

const recurring = (run: CadenceRun) => run.kind === "full" || run.kind === "incremental";

/** Only the recurring runs: saving new schedules on an existing cache starts no initial load. */
export function withoutInitial<T extends { runs: CadenceRun[] }>(result: T): T {
  return { ...result, runs: result.runs.filter(recurring) };
}

/** Timeline runs from now; a new cache is anchored at now, the moment the operator would submit. */
export function cadenceWindow(input: CadenceInput, now: number, range: CadenceRange, createdAt = now) {
  const from = now;
  const to = now + RANGE_MS[range];
  const { runs, truncated } = computeCadence({
    createdAt: new Date(createdAt),
    incremental: input.incremental,
    fullRefresh: input.fullRefresh,
    from: new Date(from),
    to: new Date(to),
    maxRuns: 2000,
  });
  return { runs, truncated, from, to, ticks: axisTicks(from, range) };
}

function axisTicks(from: number, range: CadenceRange) {
  const end = from + RANGE_MS[range];
  const cursor = new Date(from);
  cursor.setMinutes(0, 0, 0);
  if (range === "7d") cursor.setHours(0);
  const fmt = new Intl.DateTimeFormat(
    undefined,
    range === "24h" ? { hour: "numeric" } : { weekday: "short" },
  );
  const ticks: { at: number; label: string }[] = [];
  while (cursor.getTime() < end) {
    if (cursor.getTime() > from && (range === "7d" || cursor.getHours() % 6 === 0)) {
      ticks.push({ at: cursor.getTime(), label: fmt.format(cursor) });
    }
    if (range === "24h") cursor.setHours(cursor.getHours() + 1);
    else cursor.setDate(cursor.getDate() + 1);
  }
  return ticks;
}

export function countKinds(runs: CadenceRun[]) {
  let full = 0;
  let incremental = 0;
  for (const run of runs) {
    if (run.kind === "full" || run.kind === "initial-full") full += 1;
    else incremental += 1;
  }
  return { full, incremental };
}
