import { FolderOpen } from "lucide-react";
import Link from "next/link";

import { EmptyState } from "@/components/ui/empty-state";
import type { ProjectAccess } from "@/lib/server/projects";

function ProjectLink({ id, name, meta }: { id: string; name: string; meta?: string | null }) {
  return (
    <li>
      <Link
        href={`/projects/${encodeURIComponent(id)}/caches`}
        className="flex items-center justify-between gap-3 rounded-md border bg-card px-4 py-3 transition-colors hover:bg-muted"
      >
        <span className="font-medium">{name}</span>
        <span className="font-mono text-xs text-muted-foreground">{meta ?? id}</span>
      </Link>
    </li>
  );
}

export function ProjectTreeList({ access }: { access: ProjectAccess }) {
  if (access.projects.length === 0) {
    return (
      <EmptyState
        icon={<FolderOpen className="size-6" aria-hidden />}
        title="No projects yet"
        description="The console's key does not reach any project. Create one in Peaka Studio, or use a key that reaches one."
      />
    );
  }
  if (access.mode === "project-key") {
    return (
      <ul className="grid gap-2">
        {access.projects.map((p) => (
          <ProjectLink key={p.id} id={p.id} name={p.name} />
        ))}
      </ul>
    );
  }
  return (
    <div className="grid gap-8">
      {access.tree.map(({ organization, workspaces }) => (
        <section key={organization.id} aria-labelledby={`org-${organization.id}`}>
          <h2 id={`org-${organization.id}`} className="mb-3 text-lg font-semibold">
            {organization.name}
          </h2>
          <div className="grid gap-5">
            {workspaces.map(({ workspace, projects }) => (
              <div key={workspace.id}>
                <h3 className="mb-2 text-sm font-medium text-muted-foreground">{workspace.name}</h3>
                {projects.length === 0 ? (
                  <p className="text-sm text-muted-foreground">No projects in this workspace.</p>
                ) : (
                  <ul className="grid gap-2 sm:grid-cols-2">
                    {projects.map((p) => (
                      <ProjectLink key={p.id} id={p.id} name={p.name} />
                    ))}
                  </ul>
                )}
              </div>
            ))}
          </div>
        </section>
      ))}
    </div>
  );
}
