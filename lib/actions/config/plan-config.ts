"use server";

import { authActionClient } from "@/lib/safe-action";
import { CACHE_ACTIONS } from "@/lib/schemas/cache-operations";
import { configRequestSchema } from "@/lib/schemas/config-document";
import { planConfigFile } from "@/lib/server/config/apply-config";

/** The import's plan: what applying the chosen file would do. Changes nothing. */
export const planConfigAction = authActionClient
  .metadata(CACHE_ACTIONS.planConfig)
  .inputSchema(configRequestSchema)
  .action(({ parsedInput }) => planConfigFile(parsedInput));
