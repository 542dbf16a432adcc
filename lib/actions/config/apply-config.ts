"use server";

import { revalidatePath } from "next/cache";

import { authActionClient } from "@/lib/safe-action";
import { CACHE_ACTIONS } from "@/lib/schemas/cache-operations";
import { configRequestSchema } from "@/lib/schemas/config-document";
import { applyConfigFile } from "@/lib/server/config/apply-config";

/** The import: plans the file again against the live project and carries it out, audited as config.apply. */
export const applyConfigAction = authActionClient
  .metadata(CACHE_ACTIONS.applyConfig)
  .inputSchema(configRequestSchema)
  .action(async ({ parsedInput, ctx }) => {
    const outcome = await applyConfigFile(ctx.user, parsedInput);
    revalidatePath(`/projects/${parsedInput.projectId}/caches`);
    return outcome;
  });
