import "server-only";

import { hasRole } from "@/lib/auth/roles";

import { requirePageUser, type ConsoleUser } from "../auth/session";

/**
 * Next renders a page in parallel with its layouts, so each wizard page checks the session itself before it reads
 * anything. Anonymous visitors go to sign-in; a viewer gets null (the wizard layout explains the operator role).
 */
export async function wizardPageUser(projectId: string): Promise<ConsoleUser | null> {
  const user = await requirePageUser(
    "viewer",
    `/projects/${encodeURIComponent(projectId)}/caches/new/tables`,
  );
  return hasRole(user.role, "operator") ? user : null;
}
