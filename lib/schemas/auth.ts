import * as z from "zod/mini";

export const signInSchema = z.object({
  email: z
    .string()
    .check(
      z.trim(),
      z.minLength(1, "Enter your email address."),
      z.regex(z.regexes.email, "Enter an email address such as ana@example.com."),
    ),
  password: z.string().check(z.minLength(1, "Enter your password.")),
});
export type SignInInput = z.infer<typeof signInSchema>;

/** Only same-site paths, so a crafted link cannot bounce a fresh session to another site. */
export function safeNextPath(value: string | string[] | undefined): string {
  const next = Array.isArray(value) ? value[0] : value;
  if (!next || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return "/";
  return next;
}
