import "server-only";

import { createSafeActionClient } from "next-safe-action";
import { z } from "zod";

import { ActionError } from "@/lib/action-error";
import { hasRole, ROLES, type Role } from "@/lib/auth/roles";
import { recordRefusal } from "@/lib/server/audit";
import { actionCtx } from "@/lib/server/audited";
import { getCurrentUserFresh } from "@/lib/server/auth/session";
import { logger } from "@/lib/server/logger";
import { withRequestId } from "@/lib/server/request-context";
import { isPeakaApiError, toUserMessage } from "@/lib/server/peaka/errors";

export const DEFAULT_SERVER_ERROR = "The console could not finish this. Try again in a moment.";

const role = z.enum(ROLES);

// An action says who may call it and what the audit log calls it here, and only here: the middleware below
// enforces the role and writes the audit entries (refusals itself, outcomes through ctx.audit / ctx.audited).
const metadataSchema = z.object({
  actionName: z.string(),
  audit: z.string(),
  /** Needed to call the action at all. */
  role,
  /** A stricter role checked after `role`, so a viewer still hears the first role they lack. */
  stricter: z
    .union([
      z.object({ role }),
      // Per `operation` in the input (bulk); a refusal is audited as `<audit>-<operation>`.
      z.object({ byOperation: z.record(z.string(), role) }),
    ])
    .optional(),
});
export type ActionMetadata = z.infer<typeof metadataSchema>;

export const actionClient = createSafeActionClient({
  defineMetadataSchema: () => metadataSchema,
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

/** The roles one call needs, in the order they are checked, each with the audit name of its refusal. */
function requiredRoles(metadata: ActionMetadata, clientInput: unknown): { role: Role; audit: string }[] {
  const steps = [{ role: metadata.role, audit: metadata.audit }];
  const stricter = metadata.stricter;
  if (stricter && "role" in stricter) steps.push({ role: stricter.role, audit: metadata.audit });
  if (stricter && "byOperation" in stricter) {
    // Before validation: an operation the schema will refuse needs no more than `role`.
    const operation = (clientInput as { operation?: unknown } | null)?.operation;
    if (typeof operation === "string" && Object.hasOwn(stricter.byOperation, operation)) {
      const needed = stricter.byOperation[operation];
      if (needed) steps.push({ role: needed, audit: `${metadata.audit}-${operation}` });
    }
  }
  return steps;
}

/** Every action built on this client requires a session and the roles named in its metadata. */
export const authActionClient = actionClient.use(async ({ next, metadata, clientInput }) => {
  const user = await getCurrentUserFresh();
  if (!user) throw new ActionError("Your session has ended. Sign in again to continue.");
  const refused = requiredRoles(metadata, clientInput).find((step) => !hasRole(user.role, step.role));
  if (refused) {
    await recordRefusal(user, refused.audit, refused.role, clientInput);
    throw new ActionError(`This needs the ${refused.role} role; you are signed in as ${user.role}.`);
  }
  return withRequestId(() => next({ ctx: actionCtx(user, metadata.audit) }));
});
