import "server-only";

import { type WizardItem, schedulesForMode } from "@/lib/schemas/wizard";

import { policyFieldErrors, serverPolicyErrors } from "../schedule-policy";

type ItemErrors = Record<number, { schedules: ReturnType<typeof policyFieldErrors> }>;

/** Policy errors keyed by item index, on the schedules each item's mode actually sends; null when all pass. */
export function itemPolicyErrors(items: WizardItem[]): ItemErrors | null {
  const errors: ItemErrors = {};
  items.forEach((item, index) => {
    const found = serverPolicyErrors(schedulesForMode(item.mode, item.schedules));
    if (found) errors[index] = { schedules: policyFieldErrors(found) };
  });
  return Object.keys(errors).length > 0 ? errors : null;
}
