"use server";

import { revalidatePath } from "next/cache";

import { authActionClient } from "@/lib/safe-action";
import { cacheRefSchema } from "@/lib/schemas/cache-operations";
import { guardRole } from "@/lib/server/caches/guard";
import { operateOnCache } from "@/lib/server/caches/operations";

export const pauseCacheAction = authActionClient
  .metadata({ actionName: "pauseCache", audit: "cache.pause", role: "operator" })
  .inputSchema(cacheRefSchema)
  .action(async ({ parsedInput, ctx }) => {
    const { projectId, cacheId } = parsedInput;
    await guardRole(ctx, "operator", {
      action: "cache.pause",
      projectId,
      target: cacheId,
      request: parsedInput,
    });
    const result = await operateOnCache(ctx, "pause", projectId, cacheId);
    revalidatePath(`/projects/${projectId}/caches`);
    return result;
  });
