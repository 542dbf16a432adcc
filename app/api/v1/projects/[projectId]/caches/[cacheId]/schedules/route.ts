import { CACHE_ACTIONS } from "@/lib/schemas/cache-operations";
import { updateSchedulesBodySchema } from "@/lib/schemas/console-api";
import { mutate, policyProblems } from "@/lib/server/api/mutation";
import { readBody } from "@/lib/server/api/read-body";
import { withToken } from "@/lib/server/api/with-token";
import { updateSchedules } from "@/lib/server/caches/operations";
import { invalid } from "@/lib/server/route-response";
import { serverPolicyErrors } from "@/lib/server/schedule-policy";

type Params = { projectId: string; cacheId: string };

/** Both schedules every time (null is off), as the edit-schedules action sends them; saving ends a pause. */
export const PUT = withToken<Params>(CACHE_ACTIONS.updateSchedules, async (request, { params, ctx }) => {
  const body = await readBody(request, updateSchedulesBodySchema);
  if (!body.ok) return body.response;
  const { schedules } = body.data;
  const policy = serverPolicyErrors(schedules);
  if (policy) return invalid(policyProblems(policy, ["schedules"]));
  const audit = ctx(CACHE_ACTIONS.updateSchedules.audit);
  return mutate(() => updateSchedules(audit, params.projectId, params.cacheId, schedules));
});
