import { z } from "zod";

import { ROLES } from "@/lib/auth/roles";

export const roleSchema = z.enum(ROLES, { message: "Pick viewer, operator or admin." });

export const setUserRoleSchema = z.object({
  userId: z.string().min(1, "Pick a user."),
  role: roleSchema,
});
export type SetUserRoleInput = z.infer<typeof setUserRoleSchema>;

export const createUserSchema = z.object({
  name: z.string().trim().min(1, "Enter a name.").max(100, "Keep the name under 100 characters."),
  email: z.string().trim().toLowerCase().email("Enter an email address such as ana@example.com."),
  password: z.string().min(10, "Use at least 10 characters.").max(128, "Use at most 128 characters."),
  role: roleSchema,
});
export type CreateUserInput = z.infer<typeof createUserSchema>;
