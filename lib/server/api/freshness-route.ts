import "server-only";

import { CACHE_ACTIONS } from "@/lib/schemas/cache-operations";
import { freshnessTargetBodySchema } from "@/lib/schemas/console-api";

import { setFreshnessTargets } from "../freshness/set-targets";

import { mutate } from "./mutation";
import { readBody } from "./read-body";
import { withToken } from "./with-token";

/** PUT of a freshness target (`{ target: null }` clears it): on one cache, or the project default without a cache id. */
export function freshnessTargetPut() {
  return withToken<{ projectId: string; cacheId?: string }>(
    CACHE_ACTIONS.setFreshnessTarget,
    async (request, { params, ctx }) => {
      const body = await readBody(request, freshnessTargetBodySchema);
      if (!body.ok) return body.response;
      const cacheIds = params.cacheId ? [params.cacheId] : [];
      const audit = ctx(CACHE_ACTIONS.setFreshnessTarget.audit);
      return mutate(async () => {
        await setFreshnessTargets(audit, { projectId: params.projectId, cacheIds, target: body.data.target });
        return { target: body.data.target };
      });
    },
  );
}
