"use server";

import { revalidatePath } from "next/cache";
import { returnValidationErrors } from "next-safe-action";

import { authActionClient } from "@/lib/safe-action";
import { CACHE_ACTIONS, updateSchedulesSchema } from "@/lib/schemas/cache-operations";
import { updateSchedules } from "@/lib/server/caches/operations";
import { storeTargetWith } from "@/lib/server/freshness/store-target";
import { scheduleRejectionOf } from "@/lib/server/peaka/schedule-rejection";
import { policyFieldErrors, serverPolicyErrors } from "@/lib/server/schedule-policy";

/** Sends both schedules every time: Peaka does not say whether PUT merges or replaces. */
export const updateSchedulesAction = authActionClient
  .metadata(CACHE_ACTIONS.updateSchedules)
  .inputSchema(updateSchedulesSchema)
  .action(async ({ parsedInput: { projectId, cacheId, schedules, target }, ctx }) => {
    const policy = serverPolicyErrors(schedules);
    if (policy) returnValidationErrors(updateSchedulesSchema, { schedules: policyFieldErrors(policy) });
    const result = await updateSchedules(ctx, projectId, cacheId, schedules).catch((error: unknown) => {
      // Peaka's refusal of one schedule belongs on that schedule's field, not in a toast.
      const rejection = scheduleRejectionOf(error);
      if (!rejection) throw error;
      return returnValidationErrors(updateSchedulesSchema, {
        schedules: { [rejection.field]: { _errors: [rejection.message] } },
      });
    });
    if (target) await storeTargetWith(ctx.user, projectId, [cacheId], target);
    revalidatePath(`/projects/${projectId}/caches`);
    return target ? { message: "Schedules and freshness target saved." } : result;
  });
