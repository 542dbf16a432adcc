import { schedulePolicyErrors } from "@/lib/schedule/policy";
import type { PolicyErrors } from "@/lib/schedule/types";

import { type CacheMode, type Schedules, schedulesForMode } from "./table-modes";

/**
 * The schedule policy over every mode in the plan, on the schedules each mode sends (as the create action checks
 * them): the first problem per field, or null. The schedules are shared, so one field error covers all tables.
 */
export function planPolicyErrors(
  modes: Iterable<CacheMode>,
  schedules: Schedules,
  minimumSeconds: number,
): PolicyErrors | null {
  const errors: PolicyErrors = {};
  for (const mode of modes) {
    const found = schedulePolicyErrors(schedulesForMode(mode, schedules), minimumSeconds);
    errors.incremental ??= found?.incremental;
    errors.fullRefresh ??= found?.fullRefresh;
  }
  const present = Object.entries(errors).filter(([, message]) => message !== undefined);
  return present.length > 0 ? Object.fromEntries(present) : null;
}
