import type { Metadata } from "next";

import { ConsoleShell } from "@/components/layout/console-shell";
import { PeakaProblem } from "@/components/layout/peaka-problem";
import { ProjectTreeList } from "@/components/projects/project-tree-list";
import { requirePageUser } from "@/lib/server/auth/session";
import { toPublicError } from "@/lib/server/peaka";
import { getProjectAccess, type ProjectAccess } from "@/lib/server/projects";

export const metadata: Metadata = { title: "Projects" };

export default async function ProjectsPage() {
  const user = await requirePageUser("viewer", "/projects");
  let access: ProjectAccess | null = null;
  let problem: string | null = null;
  try {
    access = await getProjectAccess();
  } catch (error) {
    problem = toPublicError(error).message;
  }
  return (
    <ConsoleShell user={user}>
      <div className="mb-6">
        <h1 className="text-2xl font-semibold tracking-tight">Projects</h1>
        <p className="mt-1 text-sm text-muted-foreground">
          {access?.mode === "project-key"
            ? "The console's key is a project key, so it works in this one project."
            : "Pick the Peaka project whose caches you want to see."}
        </p>
      </div>
      {problem ? <PeakaProblem message={problem} retryHref="/projects" /> : null}
      {access ? <ProjectTreeList access={access} /> : null}
    </ConsoleShell>
  );
}
