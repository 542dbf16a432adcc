import "server-only";

import { findProject } from "./projects";

/** The project named by `?project=` on a page outside any project, when the console can see it; else none. */
export async function projectFromQuery(value: string | undefined): Promise<string | null> {
  if (!value || value.length > 200) return null;
  const project = await findProject(value).catch(() => null);
  return project ? project.id : null;
}
