"use server";

import { revalidatePath } from "next/cache";

import { authActionClient } from "@/lib/safe-action";
import { cancelMoveSchema } from "@/lib/schemas/schedule-moves";
import { cancelMove } from "@/lib/server/schedule-map/moves";

export const cancelMoveAction = authActionClient
  .metadata({ actionName: "cancelMove", audit: "cache.move-cancelled", role: "operator" })
  .inputSchema(cancelMoveSchema)
  .action(async ({ parsedInput: { projectId, moveId }, ctx }) => {
    const result = await cancelMove(ctx, projectId, moveId);
    revalidatePath(`/projects/${projectId}/schedule`);
    return result;
  });
