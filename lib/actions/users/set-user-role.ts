"use server";

import { revalidatePath } from "next/cache";

import { ActionError } from "@/lib/action-error";
import { authActionClient } from "@/lib/safe-action";
import { setUserRoleSchema } from "@/lib/schemas/users";
import { userEmail } from "@/lib/server/user-admin";
import { setUserRole } from "@/lib/server/users";

export const setUserRoleAction = authActionClient
  .metadata({ actionName: "setUserRole", audit: "user.set-role", role: "admin" })
  .inputSchema(setUserRoleSchema)
  .action(async ({ parsedInput, ctx }) => {
    if (parsedInput.userId === ctx.user.id && parsedInput.role !== "admin") {
      throw new ActionError("You cannot remove your own admin role; ask another admin to do it.");
    }
    const target = await userEmail(parsedInput.userId);
    const user = await ctx.audited({ target, request: parsedInput }, () =>
      setUserRole(parsedInput.userId, parsedInput.role),
    );
    revalidatePath("/users");
    return { user };
  });
