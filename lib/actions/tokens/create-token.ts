"use server";

import { revalidatePath } from "next/cache";

import { ActionError } from "@/lib/action-error";
import { hasRole } from "@/lib/auth/roles";
import { authActionClient } from "@/lib/safe-action";
import { createTokenSchema } from "@/lib/schemas/tokens";
import { createApiToken } from "@/lib/server/tokens/token-store";
import { listUsers } from "@/lib/server/users";

/** Anyone signed in makes tokens for themselves; admins for others. The token is returned once and never again. */
export const createTokenAction = authActionClient
  .metadata({ actionName: "createToken", audit: "token.create", role: "viewer" })
  .inputSchema(createTokenSchema)
  .action(async ({ parsedInput, ctx }) => {
    const userId = parsedInput.userId || ctx.user.id;
    const forOther = userId !== ctx.user.id;
    if (forOther && !hasRole(ctx.user.role, "admin"))
      throw new ActionError("Only admins create tokens for other people; create one for yourself.");
    const owner = (await listUsers()).find((u) => u.id === userId);
    if (!owner || owner.disabled) throw new ActionError("This user does not exist or is disabled.");
    if (!hasRole(owner.role, parsedInput.role))
      throw new ActionError(
        `A token's role can be no higher than its user's: ${owner.email} is ${owner.role}. Pick ${owner.role} or lower.`,
      );
    const expiresAt =
      parsedInput.expiresInDays > 0
        ? new Date(Date.now() + parsedInput.expiresInDays * 86_400_000).toISOString()
        : null;
    const request = {
      name: parsedInput.name,
      role: parsedInput.role,
      projectId: parsedInput.projectId || null,
      expiresAt,
      userId,
    };
    const created = await ctx.audited({ target: owner.email, projectId: request.projectId, request }, () =>
      createApiToken(request, ctx.user.email),
    );
    revalidatePath("/tokens");
    return { id: created.id, token: created.token, expiresAt };
  });
