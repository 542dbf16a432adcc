import * as z from "zod/mini";

import { ROLES } from "@/lib/auth/roles";

export const roleSchema = z.enum(ROLES, { message: "Pick viewer, operator or admin." });

export const setUserRoleSchema = z.object({
  userId: z.string().check(z.minLength(1, "Pick a user.")),
  role: roleSchema,
});
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
