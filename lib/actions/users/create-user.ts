"use server";

import { revalidatePath } from "next/cache";

import { authActionClient } from "@/lib/safe-action";
import { createUserSchema } from "@/lib/schemas/users";
import { createConsoleUser } from "@/lib/server/users";

export const createUserAction = authActionClient
  .metadata({ actionName: "createUser", audit: "user.create", role: "admin" })
  .inputSchema(createUserSchema)
  .action(async ({ parsedInput, ctx }) => {
    const { password: _password, ...visible } = parsedInput;
    const user = await ctx.audited({ target: parsedInput.email, request: visible }, () =>
      createConsoleUser(parsedInput),
    );
    revalidatePath("/users");
    return { user };
  });
