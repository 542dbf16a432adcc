"use server";

import { revalidatePath } from "next/cache";
import { returnValidationErrors } from "next-safe-action";

import { ActionError, authActionClient, requireRole } from "@/lib/safe-action";
import { applySchedulesSchema } from "@/lib/schemas/wizard";
import { recordAudit } from "@/lib/server/audit";
import { getPeaka } from "@/lib/server/peaka";
import { scheduleRejectionOf } from "@/lib/server/peaka/schedule-rejection";
import { policyFieldErrors, serverPolicyErrors } from "@/lib/server/schedule-policy";

/** Puts the wizard's schedules on an existing cache; both are always sent because PUT may replace. */
export const applySchedulesAction = authActionClient
  .metadata({ actionName: "applySchedules", audit: "cache.update-schedules", role: "operator" })
  .inputSchema(applySchedulesSchema)
  .action(async ({ parsedInput, ctx }) => {
    requireRole(ctx, "operator");
    const { projectId, cacheId, schedules } = parsedInput;
    const policy = serverPolicyErrors(schedules);
    if (policy) returnValidationErrors(applySchedulesSchema, { schedules: policyFieldErrors(policy) });
    const request = {
      incrementalSchedule: schedules.incremental,
      fullRefreshSchedule: schedules.fullRefresh,
    };
    try {
      const cache = await getPeaka().updateCacheSchedules(projectId, cacheId, request);
      await recordAudit({
        actor: ctx.user,
        action: "cache.update-schedules",
        projectId,
        target: cacheId,
        request,
        outcome: "success",
      });
      revalidatePath(`/projects/${projectId}/caches`);
      return { cacheId: cache.id };
    } catch (error) {
      await recordAudit({
        actor: ctx.user,
        action: "cache.update-schedules",
        projectId,
        target: cacheId,
        request,
        outcome: "failure",
        detail: String(error),
      });
      // No field to put it on here (the schedules come from the wizard): at least say it plainly.
      const rejection = scheduleRejectionOf(error);
      throw rejection ? new ActionError(rejection.message) : error;
    }
  });
