"use server";

import { revalidatePath } from "next/cache";

import { authActionClient } from "@/lib/safe-action";
import { cancelRunSchema } from "@/lib/schemas/cache-operations";
import { cancelRun } from "@/lib/server/caches/operations";

export const cancelRunAction = authActionClient
  .metadata({ actionName: "cancelRun", audit: "cache.cancel-run", role: "operator" })
  .inputSchema(cancelRunSchema)
  .action(async ({ parsedInput: { projectId, cacheId, kind }, ctx }) => {
    const result = await cancelRun(ctx, projectId, cacheId, kind);
    revalidatePath(`/projects/${projectId}/caches`);
    return result;
  });
