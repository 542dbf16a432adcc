"use server";

import { revalidatePath } from "next/cache";

import { authActionClient } from "@/lib/safe-action";
import { CACHE_ACTIONS, cancelRunSchema } from "@/lib/schemas/cache-operations";
import { cancelRun } from "@/lib/server/caches/operations";

export const cancelRunAction = authActionClient
  .metadata(CACHE_ACTIONS.cancelRun)
  .inputSchema(cancelRunSchema)
  .action(async ({ parsedInput: { projectId, cacheId, kind }, ctx }) => {
    const result = await cancelRun(ctx, projectId, cacheId, kind);
    revalidatePath(`/projects/${projectId}/caches`);
    return result;
  });
