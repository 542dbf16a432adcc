import { type CacheMode, MODE_SCHEDULES, schedulesForMode } from "@/lib/wizard/table-modes";
import type { WizardItem } from "@/lib/schemas/wizard";
import { type WizardUrlState, modeFor, schedulesOf } from "@/lib/wizard/url-state";

/** The plan the operator is building: one item per table with its effective mode and schedules. */
export function wizardItems(state: WizardUrlState): WizardItem[] {
  const schedules = schedulesOf(state);
  return state.tables.flatMap((table) => {
    const mode = modeFor(state, table);
    return mode ? [{ table, mode, schedules: schedulesForMode(mode, schedules) }] : [];
  });
}

export function modesInUse(state: WizardUrlState): Set<CacheMode> {
  return new Set(wizardItems(state).map((item) => item.mode));
}

export function neededSchedules(state: WizardUrlState) {
  const modes = [...modesInUse(state)];
  return {
    incremental: modes.some((mode) => MODE_SCHEDULES[mode].incremental),
    fullRefresh: modes.some((mode) => MODE_SCHEDULES[mode].fullRefresh),
  };
}
