"use server";

import { revalidatePath } from "next/cache";

import { authActionClient, requireRole } from "@/lib/safe-action";
import { createUserSchema } from "@/lib/schemas/users";
import { audited } from "@/lib/server/audited";
import { createConsoleUser } from "@/lib/server/users";

export const createUserAction = authActionClient
  .metadata({ actionName: "createUser", audit: "user.create", role: "admin" })
  .inputSchema(createUserSchema)
  .action(async ({ parsedInput, ctx }) => {
    requireRole(ctx, "admin");
    const { password: _password, ...visible } = parsedInput;
    const user = await audited(
      ctx,
      { action: "user.create", target: parsedInput.email, request: visible },
      () => createConsoleUser(parsedInput),
    );
    revalidatePath("/users");
    return { user };
  });
