import { OPERATION_ACTIONS, OPERATION_ROLE } from "@/lib/schemas/cache-operations";
import { toApiCache } from "@/lib/server/api/api-cache";
import { mutate } from "@/lib/server/api/mutation";
import { withToken } from "@/lib/server/api/with-token";
import { listCacheSummaries } from "@/lib/server/cache-overview";
import { operateOnCache } from "@/lib/server/caches/operations";
import { answer } from "@/lib/server/route-response";

type Params = { projectId: string; cacheId: string };

export const GET = withToken<Params>({ role: "viewer" }, (_request, { params }) =>
  answer(
    async () => {
      const found = (await listCacheSummaries(params.projectId)).find((s) => s.id === params.cacheId);
      return found ? toApiCache(found) : null;
    },
    { notFound: "There is no cache with this id in this project.", context: { ...params } },
  ),
);

export const DELETE = withToken<Params>(
  { role: OPERATION_ROLE.delete, audit: OPERATION_ACTIONS.delete.audit },
  (_request, { params, user }) =>
    mutate(() => operateOnCache({ user }, "delete", params.projectId, params.cacheId)),
);

export const dynamic = "force-dynamic";
