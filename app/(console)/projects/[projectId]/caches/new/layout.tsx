import type { ReactNode } from "react";

import { OperatorRequired } from "@/components/wizard/operator-required";
import { hasRole } from "@/lib/auth/roles";
import { requirePageUser } from "@/lib/server/auth/session";

export default async function NewCachesLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ projectId: string }>;
}) {
  const { projectId } = await params;
  const user = await requirePageUser(
    "viewer",
    `/projects/${encodeURIComponent(projectId)}/caches/new/tables`,
  );
  if (!hasRole(user.role, "operator"))
    return <OperatorRequired projectId={projectId} email={user.email} role={user.role} />;
  return children;
}
