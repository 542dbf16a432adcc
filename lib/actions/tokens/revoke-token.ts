"use server";

import { revalidatePath } from "next/cache";

import { ActionError } from "@/lib/action-error";
import { hasRole } from "@/lib/auth/roles";
import { authActionClient } from "@/lib/safe-action";
import { revokeTokenSchema } from "@/lib/schemas/tokens";
import { findApiToken, revokeApiToken } from "@/lib/server/tokens/token-store";

/** Revokes at once: the next call with the token is refused. Its own user or an admin. */
export const revokeTokenAction = authActionClient
  .metadata({ actionName: "revokeToken", audit: "token.revoke", role: "viewer" })
  .inputSchema(revokeTokenSchema)
  .action(async ({ parsedInput: { tokenId }, ctx }) => {
    const token = await findApiToken(tokenId);
    if (!token || (token.userId !== ctx.user.id && !hasRole(ctx.user.role, "admin")))
      throw new ActionError("There is no such token of yours; reload the page.");
    await ctx.audited({ target: `${token.id} (${token.userEmail})`, request: { tokenId } }, async () => {
      if (!(await revokeApiToken(tokenId))) throw new ActionError("This token was revoked already.");
    });
    revalidatePath("/tokens");
    return { id: tokenId };
  });
