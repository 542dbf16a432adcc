import type { RunKind, Schedules } from "@/lib/types";

import { momentUtc } from "./grid";
import { intervalMs, scheduleOf } from "./phase";

/** A re-apply is scheduled at least this far ahead, so the background evaluator's next ticks can reach it. */
export const MOVE_LEAD_MS = 2 * 60_000;

export type MovePlan =
  { ok: true; applyAt: number; firstRun: number; text: string } | { ok: false; message: string };

const KIND_NAME: Record<RunKind, string> = { full: "full refresh", incremental: "incremental sync" };

/**
 * When to re-apply a cache's schedules so that its `kind` runs fall on `wanted` (± whole intervals). Peaka counts an
 * interval from when it was set, so schedules re-applied at A run at A + interval, A + 2·interval, …: A is the
 * earliest moment on the wanted grid at least MOVE_LEAD_MS from now, and the first run on the new grid comes one
 * interval later. Both schedules are sent again, so the other kind moves to the same moment's grid too.
 */
export function planMove(schedules: Schedules, kind: RunKind, wanted: number, now: number): MovePlan {
  const interval = intervalMs(scheduleOf(schedules, kind));
  if (interval === null) {
    return {
      ok: false,
      message: `This cache has no ${KIND_NAME[kind]} schedule, so there is no run to move.`,
    };
  }
  if (!Number.isFinite(wanted)) return { ok: false, message: "Choose a start time, for example 02:30 UTC." };
  const earliest = now + MOVE_LEAD_MS;
  const applyAt = wanted + Math.ceil((earliest - wanted) / interval) * interval;
  const firstRun = applyAt + interval;
  const other: RunKind = kind === "full" ? "incremental" : "full";
  const alsoMoves = intervalMs(scheduleOf(schedules, other))
    ? ` Both schedules are sent again, so its ${KIND_NAME[other]} also counts from that moment.`
    : "";
  return {
    ok: true,
    applyAt,
    firstRun,
    text: `Re-apply its schedules at ${momentUtc(applyAt)}: its ${KIND_NAME[kind]} then runs from ${momentUtc(firstRun)}, every ${scheduleOf(schedules, kind)}.${alsoMoves}`,
  };
}

/** What moving one run of a pile-up takes, in words, whatever the API turns out to allow. */
export const MOVE_EXPLAINED =
  "Peaka counts each interval from when the schedule was set, so the only way to move a run is to set the same schedules again at a chosen moment: runs then come one interval after it, and every interval after that. The console can do this for you at the moment you choose.";
