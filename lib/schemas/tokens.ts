import * as z from "zod/mini";

import { roleSchema } from "./users";

export const MAX_TOKEN_DAYS = 365;

export const createTokenSchema = z.object({
  name: z
    .string()
    .check(
      z.trim(),
      z.minLength(1, "Name the token, for example ci-prod."),
      z.maxLength(100, "Keep the name under 100 characters."),
    ),
  role: roleSchema,
  /** Empty: every project the console reaches. */
  projectId: z.string().check(z.trim(), z.maxLength(100, "Project ids are at most 100 characters.")),
  /** 0: never expires. */
  expiresInDays: z.coerce
    .number("Enter a number of days.")
    .check(
      z.int("Enter whole days."),
      z.gte(0, "Use 0 for no expiry."),
      z.lte(MAX_TOKEN_DAYS, `At most ${MAX_TOKEN_DAYS} days.`),
    ),
  /** Empty: the caller. Only admins may name someone else. */
  userId: z.optional(z.string().check(z.maxLength(200))),
});
export type CreateTokenInput = z.input<typeof createTokenSchema>;

export const revokeTokenSchema = z.object({
  tokenId: z.string().check(z.minLength(1, "Pick a token."), z.maxLength(40, "Pick a token from the list.")),
});
