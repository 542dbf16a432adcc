import * as z from "zod/mini";

import { ROLES } from "@/lib/auth/roles";

export const roleSchema = z.enum(ROLES, { message: "Pick viewer, operator or admin." });

/** Admin can manage users and delete caches: it is granted on purpose, so the request must say it was confirmed. */
export const setUserRoleSchema = z
  .object({
    userId: z.string().check(z.minLength(1, "Pick a user.")),
    role: roleSchema,
    confirmAdmin: z.optional(z.boolean()),
  })
  .check(
    z.refine((input) => input.role !== "admin" || input.confirmAdmin === true, {
      path: ["confirmAdmin"],
      error: "Confirm the change to admin: admins can delete caches and manage users.",
    }),
  );
export type SetUserRoleInput = z.infer<typeof setUserRoleSchema>;

export const createUserSchema = z.object({
  name: z
    .string()
    .check(
      z.trim(),
      z.minLength(1, "Enter a name."),
      z.maxLength(100, "Keep the name under 100 characters."),
    ),
  email: z
    .string()
    .check(
      z.trim(),
      z.toLowerCase(),
      z.regex(z.regexes.email, "Enter an email address such as ana@example.com."),
    ),
  password: z
    .string()
    .check(z.minLength(10, "Use at least 10 characters."), z.maxLength(128, "Use at most 128 characters.")),
  role: roleSchema,
});
export type CreateUserInput = z.infer<typeof createUserSchema>;

export const userTargetSchema = z.object({
  userId: z.string().check(z.minLength(1, "Pick a user."), z.maxLength(200, "Pick a user from the list.")),
});
