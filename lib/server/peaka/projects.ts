import "server-only";

import { z } from "zod";

import type { KeyInfo, Organization, Project, ProjectTree, Workspace } from "@/lib/types";

import { call } from "./call";
import type { PeakaClient } from "./client";
import { mapLimit } from "./concurrency";
import { list, vendorInfo, vendorOrganization, vendorProject, vendorWorkspace } from "./vendor-schemas";

// The spec declares some list endpoints as a single object while the examples show arrays.
const arrayOf = <T extends z.ZodType>(item: T) =>
  z.preprocess((v) => (Array.isArray(v) ? v : v && typeof v === "object" ? [v] : v), list(item));

export function projectApi(client: PeakaClient) {
  const api = {
    async getInfo(): Promise<KeyInfo> {
      const raw = await call("getInfo", vendorInfo, () => client.GET("/info"));
      return { projectId: raw.projectId, projectName: raw.projectName, email: raw.email };
    },

    async listOrganizations(): Promise<Organization[]> {
      const raw = await call("listOrganizations", arrayOf(vendorOrganization), () =>
        client.GET("/organizations"),
      );
      return raw.map((o) => ({ id: o.id, name: o.name ?? o.id, description: o.description }));
    },

    async listWorkspaces(organizationId: string): Promise<Workspace[]> {
      const raw = await call("listWorkspaces", arrayOf(vendorWorkspace), () =>
        client.GET("/organizations/{organizationId}/workspaces", { params: { path: { organizationId } } }),
      );
      return raw.map((w) => ({
        id: w.id,
        name: w.name ?? w.id,
        organizationId: w.organizationId ?? organizationId,
        isDefault: w.defaultWorkspace ?? false,
      }));
    },

    async listProjects(organizationId: string, workspaceId: string): Promise<Project[]> {
      const raw = await call("listProjects", arrayOf(vendorProject), () =>
        client.GET("/organizations/{organizationId}/workspaces/{workspaceId}/projects", {
          params: { path: { organizationId, workspaceId } },
        }),
      );
      return raw.map((p) => ({
        id: p.id,
        name: p.name ?? p.id,
        description: p.description,
        workspaceId: p.workspaceId ?? workspaceId,
        createdAt: p.createdAt,
      }));
    },

    /** Walks organizations → workspaces → projects, as there is no non-deprecated flat list. */
    async listProjectTree(): Promise<ProjectTree> {
      const orgs = await api.listOrganizations();
      return mapLimit(orgs, 4, async (organization) => {
        const workspaces = await api.listWorkspaces(organization.id);
        const withProjects = await mapLimit(workspaces, 4, async (workspace) => ({
          workspace,
          projects: await api.listProjects(organization.id, workspace.id),
        }));
        return { organization, workspaces: withProjects };
      });
    },
  };
  return api;
}

export type ProjectApi = ReturnType<typeof projectApi>;
