"use server";

import { revalidatePath } from "next/cache";

import { authActionClient } from "@/lib/safe-action";
import { cancelRunSchema } from "@/lib/schemas/cache-operations";
import { guardRole } from "@/lib/server/caches/guard";
import { cancelRun } from "@/lib/server/caches/operations";

export const cancelRunAction = authActionClient
  .metadata({ actionName: "cancelRun", audit: "cache.cancel-run", role: "operator" })
  .inputSchema(cancelRunSchema)
  .action(async ({ parsedInput, ctx }) => {
    const { projectId, cacheId, kind } = parsedInput;
    await guardRole(ctx, "operator", {
      action: "cache.cancel-run",
      projectId,
      target: cacheId,
      request: parsedInput,
    });
    const result = await cancelRun(ctx, projectId, cacheId, kind);
    revalidatePath(`/projects/${projectId}/caches`);
    return result;
  });
