import { notFound } from "next/navigation";
import type { ReactNode } from "react";

import { ConsoleShell } from "@/components/layout/console-shell";
import { SchedulePolicyProvider } from "@/components/schedule/schedule-policy-context";
import { requirePageUser } from "@/lib/server/auth/session";
import { env } from "@/lib/server/env";
import { getProjectAccess } from "@/lib/server/projects";

export default async function ProjectLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ projectId: string }>;
}) {
  const { projectId } = await params;
  const user = await requirePageUser("viewer", `/projects/${encodeURIComponent(projectId)}/caches`);
  const access = await getProjectAccess().catch(() => null);
  // When Peaka is unreachable the page below explains it; only a known list can prove a project is unknown.
  if (access && !access.projects.some((p) => p.id === projectId)) notFound();
  return (
    <ConsoleShell user={user} projectId={projectId}>
      <SchedulePolicyProvider minimumSeconds={env.minIntervalSeconds}>{children}</SchedulePolicyProvider>
    </ConsoleShell>
  );
}
