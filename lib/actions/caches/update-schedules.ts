"use server";

import { revalidatePath } from "next/cache";

import { authActionClient } from "@/lib/safe-action";
import { updateSchedulesSchema } from "@/lib/schemas/cache-operations";
import { guardRole } from "@/lib/server/caches/guard";
import { updateSchedules } from "@/lib/server/caches/operations";

/** Sends both schedules every time: Peaka does not say whether PUT merges or replaces. */
export const updateSchedulesAction = authActionClient
  .metadata({ actionName: "updateSchedules", role: "operator" })
  .inputSchema(updateSchedulesSchema)
  .action(async ({ parsedInput, ctx }) => {
    const { projectId, cacheId, schedules } = parsedInput;
    await guardRole(ctx, "operator", {
      action: "cache.update-schedules",
      projectId,
      target: cacheId,
      request: parsedInput,
    });
    const result = await updateSchedules(ctx, projectId, cacheId, schedules);
    revalidatePath(`/projects/${projectId}/caches`);
    return result;
  });
