import type { Metadata } from "next";

import { ScheduleMapView } from "@/components/schedule-map/schedule-map-view";
import { hasRole } from "@/lib/auth/roles";
import type { PageArgs } from "@/lib/next/page-props";
import { requirePageUser } from "@/lib/server/auth/session";

export const metadata: Metadata = { title: "Schedule map" };

export default async function SchedulePage({ params }: PageArgs<{ projectId: string }>) {
  const { projectId } = await params;
  const user = await requirePageUser("viewer", `/projects/${encodeURIComponent(projectId)}/schedule`);
  return <ScheduleMapView projectId={projectId} canOperate={hasRole(user.role, "operator")} />;
}
