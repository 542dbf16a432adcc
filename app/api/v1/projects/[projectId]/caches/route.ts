import { CACHE_ACTIONS } from "@/lib/schemas/cache-operations";
import { createCachesBodySchema } from "@/lib/schemas/console-api";
import { toApiCache } from "@/lib/server/api/api-cache";
import { mutate, policyProblems } from "@/lib/server/api/mutation";
import { readBody } from "@/lib/server/api/read-body";
import { withToken } from "@/lib/server/api/with-token";
import { listCacheSummaries } from "@/lib/server/cache-overview";
import { answer, invalid } from "@/lib/server/route-response";
import { serverPolicyErrors } from "@/lib/server/schedule-policy";
import { createCachesAudited } from "@/lib/server/wizard/create-audited";
import { schedulesForMode } from "@/lib/schemas/wizard";

type Params = { projectId: string };

export const GET = withToken<Params>({ role: "viewer" }, (_request, { params }) =>
  answer(async () => ({ caches: (await listCacheSummaries(params.projectId)).map((s) => toApiCache(s)) }), {
    context: { projectId: params.projectId },
  }),
);

/** One table or a batch; tables cached already come back as "exists", so a retry is safe. */
export const POST = withToken<Params>(CACHE_ACTIONS.createCaches, async (request, { params, ctx }) => {
  const body = await readBody(request, createCachesBodySchema);
  if (!body.ok) return body.response;
  const { items } = body.data;
  // The policy on the schedules each item's mode actually sends, as the wizard's action checks it.
  const problems = items.flatMap((item, index) =>
    policyProblems(serverPolicyErrors(schedulesForMode(item.mode, item.schedules)) ?? {}, [
      "items",
      index,
      "schedules",
    ]),
  );
  if (problems.length > 0) return invalid(problems);
  const audit = ctx(CACHE_ACTIONS.createCaches.audit);
  return mutate(async () => ({ outcomes: await createCachesAudited(audit, params.projectId, items) }));
});

export const dynamic = "force-dynamic";
