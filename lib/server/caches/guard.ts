import "server-only";

import { hasRole, type Role } from "@/lib/auth/roles";
import { requireRole } from "@/lib/safe-action";

import { recordAudit, refusalDetail } from "../audit";
import type { ConsoleUser } from "../auth/session";

import { cacheLabel } from "./cache-labels";

/** Checks the role inside the action and leaves a "refused" line in the audit log when it fails. */
export async function guardRole(
  ctx: { user: ConsoleUser },
  role: Role,
  call: { action: string; projectId: string; target: string; request: unknown },
): Promise<void> {
  if (hasRole(ctx.user.role, role)) return;
  const target = call.target
    .split(",")
    .map((id) => cacheLabel(call.projectId, id))
    .join(", ");
  await recordAudit({ actor: ctx.user, ...call, target, outcome: "refused", detail: refusalDetail(role) });
  requireRole(ctx, role);
}
