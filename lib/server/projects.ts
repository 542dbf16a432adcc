import "server-only";

import type { ProjectTree } from "@/lib/types";

import { env } from "./env";
import { getPeaka, isPeakaApiError } from "./peaka";

export type ProjectOption = {
  id: string;
  name: string;
  organizationName: string | null;
  workspaceName: string | null;
};

export type ProjectAccess =
  | { mode: "project-key"; projects: ProjectOption[]; tree: null }
  | { mode: "partner-key"; projects: ProjectOption[]; tree: ProjectTree };

const TTL_MS = 60_000;
let memo: { at: number; value: Promise<ProjectAccess> } | undefined;

/** Which projects the configured key reaches; a project key is bound to exactly one. */
export function getProjectAccess(): Promise<ProjectAccess> {
  if (memo && Date.now() - memo.at < TTL_MS) return memo.value;
  const value = loadAccess();
  memo = { at: Date.now(), value };
  value.catch(() => {
    memo = undefined;
  });
  return value;
}

async function loadAccess(): Promise<ProjectAccess> {
  const peaka = getPeaka();
  const info = await peaka.getInfo().catch((error: unknown) => {
    // /info is undocumented; if it is missing, assume a partner key and walk the tree.
    if (isPeakaApiError(error) && (error.kind === "not-found" || error.kind === "malformed")) return null;
    throw error;
  });
  if (info?.projectId) {
    return {
      mode: "project-key",
      projects: [
        {
          id: info.projectId,
          name: info.projectName ?? info.projectId,
          organizationName: null,
          workspaceName: null,
        },
      ],
      tree: null,
    };
  }
  const tree = await peaka.listProjectTree();
  const projects = tree.flatMap(({ organization, workspaces }) =>
    workspaces.flatMap(({ workspace, projects: list }) =>
      list.map((p) => ({
        id: p.id,
        name: p.name,
        organizationName: organization.name,
        workspaceName: workspace.name,
      })),
    ),
  );
  return { mode: "partner-key", projects, tree };
}

export async function defaultProjectId(): Promise<string | null> {
  const access = await getProjectAccess();
  if (env.PEAKA_PROJECT_ID && access.projects.some((p) => p.id === env.PEAKA_PROJECT_ID))
    return env.PEAKA_PROJECT_ID;
  return access.projects[0]?.id ?? env.PEAKA_PROJECT_ID ?? null;
}

export async function findProject(projectId: string): Promise<ProjectOption | null> {
  const access = await getProjectAccess();
  return access.projects.find((p) => p.id === projectId) ?? null;
}
