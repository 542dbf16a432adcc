"use server";

import { revalidatePath } from "next/cache";

import { ActionError, authActionClient } from "@/lib/safe-action";
import { setFreshnessTargetSchema } from "@/lib/schemas/freshness";
import { audited } from "@/lib/server/audited";
import { guardRole } from "@/lib/server/caches/guard";
import { saveTargets } from "@/lib/server/freshness/targets-store";
import { getPeaka } from "@/lib/server/peaka";

const AUDIT = "cache.freshness-target";

/** Sets or clears the freshness target of some caches, or the project default when no cache is named. */
export const setFreshnessTargetAction = authActionClient
  .metadata({ actionName: "setFreshnessTarget", audit: AUDIT, role: "operator" })
  .inputSchema(setFreshnessTargetSchema)
  .action(async ({ parsedInput, ctx }) => {
    const { projectId, cacheIds, target } = parsedInput;
    const call = {
      action: AUDIT,
      projectId,
      target: cacheIds.length === 0 ? `project ${projectId} default` : cacheIds.join(", "),
      request: parsedInput,
    };
    await guardRole(ctx, "operator", call);
    await audited(ctx, call, async () => {
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
