export type Organization = { id: string; name: string; description: string | null };

export type Workspace = {
  id: string;
  organizationId: string;
  name: string;
  isDefault: boolean;
};

export type Project = {
  id: string;
  name: string;
  description: string | null;
  workspaceId: string | null;
  createdAt: string | null;
};

export type KeyInfo = {
  /** Set when the key is a Project API key bound to one project. */
  projectId: string | null;
  projectName: string | null;
  email: string | null;
};

export type ProjectTree = {
  organization: Organization;
  workspaces: { workspace: Workspace; projects: Project[] }[];
}[];
