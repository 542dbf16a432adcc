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

// A stand-in origin: `next` is resolved against it by the URL parser, exactly as a browser would resolve it.
const OWN_ORIGIN = "http://console.invalid";

/**
 * Only paths of this console, so a crafted link cannot bounce a fresh session to another site. Browsers drop tabs
 * and newlines inside URLs ("/\t/evil.example" is "//evil.example"), so control characters and backslashes send
 * the user home, as does anything the URL parser places on another origin or an encoding that does not decode.
 */
export function safeNextPath(value: string | string[] | undefined): string {
  const next = Array.isArray(value) ? value[0] : value;
  if (!next || !next.startsWith("/") || /[\u0000-\u001f\u007f\\]/.test(next)) return "/";
  try {
    const url = new URL(next, OWN_ORIGIN);
    if (url.origin !== OWN_ORIGIN) return "/";
    decodeURIComponent(url.pathname + url.search);
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return "/";
  }
}
