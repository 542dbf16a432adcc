import "server-only";

import { ActionError } from "@/lib/action-error";
import type { SetFreshnessTargetInput } from "@/lib/schemas/freshness";

import type { ActionCtx } from "../audited";
import { cacheLabel } from "../caches/cache-labels";
import { getPeaka } from "../peaka";

import { saveTargets } from "./targets-store";

/** Sets or clears the target of some caches (each must still exist), or the project default when none is named. */
export async function setFreshnessTargets(ctx: ActionCtx, input: SetFreshnessTargetInput): Promise<void> {
  const { projectId, cacheIds, target } = input;
  const named =
    cacheIds.length === 0
      ? `project ${projectId} default`
      : cacheIds.map((id) => cacheLabel(projectId, id)).join(", ");
  await ctx.audited({ projectId, target: named, request: input }, async () => {
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
}
