"use server";

import { revalidatePath } from "next/cache";

import { ActionError } from "@/lib/action-error";
import { authActionClient } from "@/lib/safe-action";
import { bulkOperateSchema, type BulkItemResult, OPERATION_ROLE } from "@/lib/schemas/cache-operations";
import { operateOnCache } from "@/lib/server/caches/operations";
import { mapLimit } from "@/lib/server/peaka/concurrency";
import { toUserMessage } from "@/lib/server/peaka";

/** Each selected cache succeeds or fails on its own; one failure never hides the others' results. */
export const bulkOperateAction = authActionClient
  .metadata({
    actionName: "bulkOperate",
    audit: "cache.bulk",
    role: "operator",
    stricter: { byOperation: OPERATION_ROLE },
  })
  .inputSchema(bulkOperateSchema)
  .action(async ({ parsedInput: { projectId, operation, cacheIds }, ctx }) => {
    const results = await mapLimit(cacheIds, 4, async (cacheId): Promise<BulkItemResult> => {
      try {
        const { message } = await operateOnCache(ctx, operation, projectId, cacheId, { bulk: true });
        return { cacheId, ok: true, message };
      } catch (error) {
        const message = error instanceof ActionError ? error.message : toUserMessage(error);
        return { cacheId, ok: false, message };
      }
    });
    revalidatePath(`/projects/${projectId}/caches`);
    return { results };
  });
