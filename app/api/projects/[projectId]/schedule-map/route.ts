import { withUser } from "@/lib/server/auth/route-guard";
import { answer } from "@/lib/server/route-response";
import { readScheduleMap } from "@/lib/server/schedule-map/map-data";

export const dynamic = "force-dynamic";

export const GET = withUser<{ projectId: string }>("viewer", (_request, { params }) =>
  answer(() => readScheduleMap(params.projectId), { context: { projectId: params.projectId } }),
);
