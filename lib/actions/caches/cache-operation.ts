import "server-only";

import { revalidatePath } from "next/cache";

import { authActionClient } from "@/lib/safe-action";
import { type CacheOperation, cacheRefSchema, OPERATION_ACTIONS } from "@/lib/schemas/cache-operations";
import { operateOnCache } from "@/lib/server/caches/operations";

/** The action for one operation on one cache: role and audit name come from its metadata alone. */
export function cacheOperationAction(operation: CacheOperation) {
  return authActionClient
    .metadata(OPERATION_ACTIONS[operation])
    .inputSchema(cacheRefSchema)
    .action(async ({ parsedInput: { projectId, cacheId }, ctx }) => {
      const result = await operateOnCache(ctx, operation, projectId, cacheId);
      revalidatePath(`/projects/${projectId}/caches`);
      return result;
    });
}
