"use server";

import { revalidatePath } from "next/cache";
import { returnValidationErrors } from "next-safe-action";

import { updateSchedulesRequest } from "@/lib/partner-api/requests";
import { ActionError } from "@/lib/action-error";
import { authActionClient } from "@/lib/safe-action";
import { CACHE_ACTIONS } from "@/lib/schemas/cache-operations";
import { applySchedulesSchema } from "@/lib/schemas/wizard";
import { cacheLabel } from "@/lib/server/caches/cache-labels";
import { getPeaka } from "@/lib/server/peaka";
import { scheduleRejectionOf } from "@/lib/server/peaka/schedule-rejection";
import { policyFieldErrors, serverPolicyErrors } from "@/lib/server/schedule-policy";

/** Puts the wizard's schedules on an existing cache; both are always sent because PUT may replace. */
export const applySchedulesAction = authActionClient
  .metadata(CACHE_ACTIONS.applySchedules)
  .inputSchema(applySchedulesSchema)
  .action(async ({ parsedInput, ctx }) => {
    const { projectId, cacheId, schedules } = parsedInput;
    const policy = serverPolicyErrors(schedules);
    if (policy) returnValidationErrors(applySchedulesSchema, { schedules: policyFieldErrors(policy) });
    const request = updateSchedulesRequest(projectId, cacheId, schedules);
    try {
      const cache = await getPeaka().updateCacheSchedules(projectId, cacheId, schedules);
      const target = cacheLabel(projectId, cacheId);
      await ctx.audit({ projectId, target, request, outcome: "success" });
      revalidatePath(`/projects/${projectId}/caches`);
      return { cacheId: cache.id };
    } catch (error) {
      await ctx.audit({
        projectId,
        target: cacheLabel(projectId, cacheId),
        request,
        outcome: "failure",
        detail: String(error),
      });
      // No field to put it on here (the schedules come from the wizard): at least say it plainly.
      const rejection = scheduleRejectionOf(error);
      throw rejection ? new ActionError(rejection.message) : error;
    }
  });
