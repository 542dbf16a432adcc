import "server-only";

import { createSafeActionClient } from "next-safe-action";
import { z } from "zod";

import { hasRole, ROLES, type Role } from "@/lib/auth/roles";
import { recordRefusal } from "@/lib/server/audit";
import { getCurrentUserFresh, type ConsoleUser } from "@/lib/server/auth/session";
import { logger } from "@/lib/server/logger";
import { withRequestId } from "@/lib/server/request-context";
import { isPeakaApiError, toUserMessage } from "@/lib/server/peaka/errors";

export const DEFAULT_SERVER_ERROR = "The console could not finish this. Try again in a moment.";

/** An error whose message is safe to show: thrown on purpose with wording written for people. */
export class ActionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ActionError";
  }
}

export const actionClient = createSafeActionClient({
  // `audit` names the action in the audit log, also for a refusal before the action body runs.
  defineMetadataSchema: () => z.object({ actionName: z.string(), audit: z.string(), role: z.enum(ROLES) }),
  handleServerError(error, { metadata }) {
    if (error instanceof ActionError) return error.message;
    // Partner API failures already carry plain-language guidance (and no secrets).
    if (isPeakaApiError(error)) {
      logger.warn({ err: error, action: metadata.actionName, kind: error.kind }, "action failed at Peaka");
      return toUserMessage(error);
    }
    logger.error({ err: error, action: metadata.actionName }, "action failed");
    return DEFAULT_SERVER_ERROR;
  },
});

/** Every action built on this client requires a session and at least the role named in its metadata. */
export const authActionClient = actionClient.use(async ({ next, metadata, clientInput }) => {
  const user = await getCurrentUserFresh();
  if (!user) throw new ActionError("Your session has ended. Sign in again to continue.");
  if (!hasRole(user.role, metadata.role)) {
    await recordRefusal(user, metadata.audit, metadata.role, clientInput);
    requireRole({ user }, metadata.role);
  }
  return withRequestId(() => next({ ctx: { user } }));
});

export function requireRole(ctx: { user: ConsoleUser }, role: Role): void {
  if (!hasRole(ctx.user.role, role)) {
    throw new ActionError(`This needs the ${role} role; you are signed in as ${ctx.user.role}.`);
  }
}
