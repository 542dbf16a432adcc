import "server-only";

import { ActionError } from "@/lib/action-error";
import { authActionClient } from "@/lib/safe-action";
import { userTargetSchema } from "@/lib/schemas/users";
import type { ConsoleUser } from "@/lib/server/auth/session";
import { userEmail } from "@/lib/server/user-admin";

type Verb = "disable" | "enable" | "remove" | "reset-password";

/** Verbs an admin may not use on their own account: the console would lose its last way back in. */
const NOT_ON_SELF: Partial<Record<Verb, string>> = {
  disable: "You cannot disable your own account; ask another admin to do it.",
  remove: "You cannot remove your own account; ask another admin to do it.",
};

/**
 * One admin action on one user: the session and admin role are checked first (metadata), the user is named by
 * email in the audit log, and the request recorded is only the user's id.
 */
export function userAdminAction<T>(
  actionName: string,
  verb: Verb,
  run: (userId: string, ctx: { user: ConsoleUser }) => Promise<T>,
) {
  return authActionClient
    .metadata({ actionName, audit: `user.${verb}`, role: "admin" })
    .inputSchema(userTargetSchema)
    .action(async ({ parsedInput, ctx }) => {
      const { userId } = parsedInput;
      const refusal = NOT_ON_SELF[verb];
      if (refusal && userId === ctx.user.id) throw new ActionError(refusal);
      const email = await userEmail(userId);
      const result = await ctx.audited({ target: email, request: { userId } }, () => run(userId, ctx));
      return { email, result };
    });
}
