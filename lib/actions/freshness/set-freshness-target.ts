"use server";

import { revalidatePath } from "next/cache";

import { ActionError } from "@/lib/action-error";
import { authActionClient } from "@/lib/safe-action";
import { setFreshnessTargetSchema } from "@/lib/schemas/freshness";
import { cacheLabel } from "@/lib/server/caches/cache-labels";
import { saveTargets } from "@/lib/server/freshness/targets-store";
import { getPeaka } from "@/lib/server/peaka";

/** Sets or clears the freshness target of some caches, or the project default when no cache is named. */
export const setFreshnessTargetAction = authActionClient
  .metadata({ actionName: "setFreshnessTarget", audit: "cache.freshness-target", role: "operator" })
  .inputSchema(setFreshnessTargetSchema)
  .action(async ({ parsedInput, ctx }) => {
    const { projectId, cacheIds, target } = parsedInput;
    const named =
      cacheIds.length === 0
        ? `project ${projectId} default`
        : cacheIds.map((id) => cacheLabel(projectId, id)).join(", ");
    await ctx.audited({ projectId, target: named, request: parsedInput }, async () => {
      if (cacheIds.length > 0) {
        const known = new Set((await getPeaka().listCacheStatuses(projectId)).map((s) => s.id));
        const unknown = cacheIds.filter((id) => !known.has(id));
        if (unknown.length > 0)
          throw new ActionError(
            `${unknown.length === 1 ? "One selected cache no longer exists" : `${unknown.length} selected caches no longer exist`}. Reload the page and select again.`,
          );
      }
      await saveTargets(projectId, cacheIds, target, ctx.user.email);
    });
    revalidatePath(`/projects/${projectId}/caches`);
    return { count: cacheIds.length, cleared: target === null };
  });
