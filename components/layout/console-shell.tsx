import type { ReactNode } from "react";

import { hasRole } from "@/lib/auth/roles";
import type { ConsoleUser } from "@/lib/server/auth/session";
import { logger } from "@/lib/server/logger";
import { countOpenIncidents } from "@/lib/server/alerts/incidents";
import { getProjectAccess, type ProjectOption } from "@/lib/server/projects";

import { AppShell } from "./app-shell";
import type { NavItem } from "./main-nav";
import { ProjectSwitcher } from "./project-switcher";
import { UserMenu } from "./user-menu";

async function projectsOrEmpty(): Promise<ProjectOption[]> {
  try {
    return (await getProjectAccess()).projects;
  } catch (error) {
    // The page itself reports Peaka problems; the header just goes without a switcher.
    logger.warn({ err: error }, "project list unavailable for the switcher");
    return [];
  }
}

export async function ConsoleShell({
  user,
  projectId = null,
  children,
}: {
  user: ConsoleUser;
  projectId?: string | null;
  children: ReactNode;
}) {
  const [projects, open] = await Promise.all([projectsOrEmpty(), countOpenIncidents().catch(() => 0)]);
  const base = projectId ? `/projects/${encodeURIComponent(projectId)}` : null;
  // The admin pages belong to no project; the query keeps the one the person came from in the header.
  const keep = projectId ? `?project=${encodeURIComponent(projectId)}` : "";
  const nav: NavItem[] = [
    ...(base
      ? [
          { href: `${base}/caches`, label: "Caches" },
          { href: `${base}/schedule`, label: "Schedule map" },
        ]
      : [{ href: "/projects", label: "Projects" }]),
    ...(base && hasRole(user.role, "operator") ? [{ href: `${base}/caches/new`, label: "New cache" }] : []),
    {
      href: `/notifications${keep}`,
      label: open > 0 ? `Notifications (${open} open)` : "Notifications",
      match: "/notifications",
    },
    ...(hasRole(user.role, "admin")
      ? [
          { href: `/alerts${keep}`, label: "Alerts", match: "/alerts" },
          { href: `/audit${keep}`, label: "Audit log", match: "/audit" },
          { href: `/users${keep}`, label: "Users", match: "/users" },
        ]
      : []),
    { href: `/tokens${keep}`, label: "Tokens", match: "/tokens" },
  ];
  return (
    <AppShell
      nav={nav}
      homeHref={base ? `${base}/caches` : "/"}
      projectSwitcher={
        projects.length > 0 ? (
          <ProjectSwitcher
            current={projectId}
            projects={projects.map((p) => ({
              id: p.id,
              label:
                projects.filter((other) => other.name === p.name).length > 1 && p.workspaceName
                  ? `${p.name} (${p.workspaceName})`
                  : p.name,
            }))}
          />
        ) : null
      }
      userMenu={<UserMenu name={user.name} email={user.email} role={user.role} />}
    >
      {children}
    </AppShell>
  );
}
