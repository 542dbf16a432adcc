"use server";

import { revalidatePath } from "next/cache";

import { authActionClient } from "@/lib/safe-action";
import { CACHE_ACTIONS } from "@/lib/schemas/cache-operations";
import { setFreshnessTargetSchema } from "@/lib/schemas/freshness";
import { setFreshnessTargets } from "@/lib/server/freshness/set-targets";

/** Sets or clears the freshness target of some caches, or the project default when no cache is named. */
export const setFreshnessTargetAction = authActionClient
  .metadata(CACHE_ACTIONS.setFreshnessTarget)
  .inputSchema(setFreshnessTargetSchema)
  .action(async ({ parsedInput, ctx }) => {
    await setFreshnessTargets(ctx, parsedInput);
    revalidatePath(`/projects/${parsedInput.projectId}/caches`);
    return { count: parsedInput.cacheIds.length, cleared: parsedInput.target === null };
  });
