import { redirect } from "next/navigation";

import { requirePageUser } from "@/lib/server/auth/session";
import { logger } from "@/lib/server/logger";
import { defaultProjectId } from "@/lib/server/projects";

export default async function HomePage() {
  await requirePageUser("viewer", "/");
  let projectId: string | null = null;
  try {
    projectId = await defaultProjectId();
  } catch (error) {
    // The project picker explains Peaka problems in plain language.
    logger.warn({ err: error }, "could not resolve the default project");
  }
  redirect(projectId ? `/projects/${encodeURIComponent(projectId)}/caches` : "/projects");
}
