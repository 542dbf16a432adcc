import "server-only";

import { schedulePolicyErrors } from "@/lib/schedule";
import type { PolicyErrors, ScheduleExpressions } from "@/lib/schedule";

import { env } from "./env";

/** The console's schedule policy with the minimum from CONSOLE_MIN_INTERVAL; null when the schedules pass. */
export function serverPolicyErrors(schedules: ScheduleExpressions): PolicyErrors | null {
  return schedulePolicyErrors(schedules, env.minIntervalSeconds);
}

/** The same errors in next-safe-action's validation shape, to sit under a `schedules` key. */
export function policyFieldErrors(errors: PolicyErrors) {
  return Object.fromEntries(
    Object.entries(errors).map(([field, message]) => [field, { _errors: [message] }]),
  ) as Partial<Record<keyof PolicyErrors, { _errors: string[] }>>;
}

/** One sentence for places with no field to put it on (resume, bulk). */
export function policyErrorText(errors: PolicyErrors): string {
  return Object.values(errors).join(" ");
}
