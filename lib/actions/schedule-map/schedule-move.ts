"use server";

import { revalidatePath } from "next/cache";

import { authActionClient } from "@/lib/safe-action";
import { scheduleMoveSchema } from "@/lib/schemas/schedule-moves";
import { scheduleMove } from "@/lib/server/schedule-map/moves";

/** Stores a pending move; the background evaluator re-applies the cache's schedules when it is due. */
export const scheduleMoveAction = authActionClient
  .metadata({ actionName: "scheduleMove", audit: "cache.move-planned", role: "operator" })
  .inputSchema(scheduleMoveSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await scheduleMove(ctx, parsedInput);
    revalidatePath(`/projects/${parsedInput.projectId}/schedule`);
    return result;
  });
