import { fieldName } from "@/lib/config/problem";
import { incidentsQuerySchema } from "@/lib/schemas/console-api";
import { listIncidents } from "@/lib/server/alerts/incidents";
import { withToken } from "@/lib/server/api/with-token";
import { answer, invalid } from "@/lib/server/route-response";

/** The project's alert incidents, open ones first: what /notifications shows, for one project. */
export const GET = withToken<{ projectId: string }>({ role: "viewer" }, async (request, { params }) => {
  const query = incidentsQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success)
    return invalid(query.error.issues.map((i) => ({ field: fieldName(i.path), message: i.message })));
  const { status, limit = 100 } = query.data;
  return answer(
    async () => ({ incidents: await listIncidents({ projectId: params.projectId, status, limit }) }),
    { context: { projectId: params.projectId } },
  );
});

export const dynamic = "force-dynamic";
