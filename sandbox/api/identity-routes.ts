import { type Auth, type Deps } from "../deps";
import { requirePartner } from "../http/auth";
import { notFound } from "../http/errors";
import { type Router } from "../http/router";

type OrgRow = { id: string; name: string; owner: string; created_at: string; description: string | null };
type WsRow = {
  id: string;
  organization_id: string;
  name: string;
  created_by: string;
  created_at: string;
  description: string | null;
  is_default: number;
};
type ProjectRow = {
  id: string;
  workspace_id: string;
  name: string;
  description: string | null;
  created_at: string;
  owner: string;
};

const SANDBOX_USER = { userId: "00000000-0000-4000-a000-000000000001", email: "developer@sandbox.local" };

const orgJson = (o: OrgRow) => ({
  id: o.id,
  name: o.name,
  owner: o.owner,
  createdAt: o.created_at,
  iconFileId: null,
  description: o.description,
});
const wsJson = (w: WsRow) => ({
  id: w.id,
  name: w.name,
  createdBy: w.created_by,
  organizationId: w.organization_id,
  description: w.description,
  createdAt: w.created_at,
  defaultWorkspace: w.is_default === 1,
});
const projectJson = (p: ProjectRow) => ({
  id: p.id,
  name: p.name,
  description: p.description,
  domain: null,
  webhookBaseUrl: null,
  createdAt: p.created_at,
  owner: p.owner,
  workspaceId: p.workspace_id,
});

export function addIdentityRoutes(router: Router<Auth>, { state }: Deps): void {
  const org = (id: string): OrgRow => {
    const row = state.prepare("SELECT * FROM organizations WHERE id = ?").get(id) as OrgRow | undefined;
    if (!row) throw notFound("ORGANIZATION_NOT_FOUND", `Organization "${id}" does not exist.`);
    return row;
  };
  const workspace = (orgId: string, id: string): WsRow => {
    const row = state
      .prepare("SELECT * FROM workspaces WHERE id = ? AND organization_id = ?")
      .get(id, orgId) as WsRow | undefined;
    if (!row)
      throw notFound("WORKSPACE_NOT_FOUND", `Workspace "${id}" does not exist in organization "${orgId}".`);
    return row;
  };
  const projects = (wsId?: string): ProjectRow[] =>
    state
      .prepare("SELECT * FROM projects WHERE (? IS NULL OR workspace_id = ?) ORDER BY position")
      .all(wsId ?? null, wsId ?? null) as ProjectRow[];

  router.add("GET", "/info", (_ctx, auth) => {
    if (auth.kind === "partner") return { body: { ...SANDBOX_USER } };
    const project = state.prepare("SELECT name FROM projects WHERE id = ?").get(auth.projectId) as
      { name: string } | undefined;
    return {
      body: { projectId: auth.projectId, projectName: project?.name ?? auth.projectId, ...SANDBOX_USER },
    };
  });
  router.add("GET", "/organizations", (_ctx, auth) => {
    requirePartner(auth);
    return {
      body: (state.prepare("SELECT * FROM organizations ORDER BY name").all() as OrgRow[]).map(orgJson),
    };
  });
  router.add("GET", "/organizations/{orgId}", ({ params }, auth) => {
    requirePartner(auth);
    return { body: orgJson(org(params.orgId ?? "")) };
  });
  router.add("GET", "/organizations/{orgId}/workspaces", ({ params }, auth) => {
    requirePartner(auth);
    const o = org(params.orgId ?? "");
    const rows = state
      .prepare("SELECT * FROM workspaces WHERE organization_id = ? ORDER BY name")
      .all(o.id) as WsRow[];
    return { body: rows.map(wsJson) };
  });
  router.add("GET", "/organizations/{orgId}/workspaces/{wsId}/projects", ({ params }, auth) => {
    requirePartner(auth);
    const ws = workspace(params.orgId ?? "", params.wsId ?? "");
    return { body: projects(ws.id).map(projectJson) };
  });
  router.add("GET", "/organizations/{orgId}/workspaces/{wsId}/projects/{projectId}", ({ params }, auth) => {
    requirePartner(auth);
    const ws = workspace(params.orgId ?? "", params.wsId ?? "");
    const found = projects(ws.id).find((p) => p.id === params.projectId);
    if (!found)
      throw notFound("PROJECT_NOT_FOUND", `Project "${params.projectId}" does not exist in this workspace.`);
    return { body: projectJson(found) };
  });
  router.add("GET", "/projects", (_ctx, auth) => {
    requirePartner(auth);
    return { body: projects().map(projectJson) };
  });
  router.add("GET", "/projects/{projectId}", ({ params }, auth) => {
    requirePartner(auth);
    const found = projects().find((p) => p.id === params.projectId);
    if (!found) throw notFound("PROJECT_NOT_FOUND", `Project "${params.projectId}" does not exist.`);
    return { body: projectJson(found) };
  });
}
