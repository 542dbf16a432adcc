import type { Metadata } from "next";

import { CachesOverview } from "@/components/caches/caches-overview";
import { hasRole } from "@/lib/auth/roles";
import type { PageArgs } from "@/lib/next/page-props";
import { requirePageUser } from "@/lib/server/auth/session";

export const metadata: Metadata = { title: "Caches" };

export default async function CachesPage({ params }: PageArgs<{ projectId: string }>) {
  const { projectId } = await params;
  const user = await requirePageUser("viewer", `/projects/${encodeURIComponent(projectId)}/caches`);
  return (
    <CachesOverview
      projectId={projectId}
      canCreate={hasRole(user.role, "operator")}
      canDelete={hasRole(user.role, "admin")}
    />
  );
}
