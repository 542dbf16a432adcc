import type { Metadata } from "next";

import { ConfigImport } from "@/components/config/config-import";
import { OperatorRequired } from "@/components/wizard/operator-required";
import { hasRole } from "@/lib/auth/roles";
import type { PageArgs } from "@/lib/next/page-props";
import { requirePageUser } from "@/lib/server/auth/session";

export const metadata: Metadata = { title: "Import caches" };

export default async function ImportPage({ params }: PageArgs<{ projectId: string }>) {
  const { projectId } = await params;
  const user = await requirePageUser("viewer", `/projects/${encodeURIComponent(projectId)}/caches/import`);
  if (!hasRole(user.role, "operator"))
    return <OperatorRequired projectId={projectId} email={user.email} role={user.role} />;
  return (
    <div className="flex flex-col gap-5">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Import caches</h1>
        <p className="mt-1 text-sm text-muted-foreground">
          Choose a config file (from Export, or written by hand) to see what it would change in this project,
          then apply it. Applying the same file again changes nothing.
        </p>
      </div>
      <ConfigImport projectId={projectId} />
    </div>
  );
}
