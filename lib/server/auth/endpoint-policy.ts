import "server-only";

import { env } from "../env";

import { createPasswordThrottle, type PasswordThrottle } from "./password-throttle";

/**
 * better-auth's HTTP endpoints the console does not use. Each either bypasses the console's rules (its own user
 * administration, role changes and audit log in lib/actions/users/) or has no safe use here (no email is sent, so
 * no reset or change of address can be confirmed; profile fields are set by admins only).
 */
const CLOSED = [
  /^\/admin\//,
  /^\/update-user$/,
  /^\/change-email$/,
  /^\/delete-user(\/|$)/,
  /^\/sign-up\//,
  /^\/request-password-reset$/,
  /^\/reset-password(\/|$)/,
  /^\/send-verification-email$/,
  /^\/link-social$/,
  /^\/unlink-account$/,
];

/** Open only when CONSOLE_IMPERSONATION=on; every action taken meanwhile is audited with both identities. */
const IMPERSONATION = /^\/admin\/(impersonate-user|stop-impersonating)$/;

export const IMPERSONATION_AUDIT: Record<string, string> = {
  "/admin/impersonate-user": "user.impersonate",
  "/admin/stop-impersonating": "user.stop-impersonating",
};

export function isClosedEndpoint(path: string): boolean {
  if (env.CONSOLE_IMPERSONATION === "on" && IMPERSONATION.test(path)) return false;
  return CLOSED.some((pattern) => pattern.test(path));
}

/** Endpoints that check a password: the account comes from the body (sign-in) or from the session. */
export const PASSWORD_ENDPOINTS: Record<string, "body-email" | "session"> = {
  "/sign-in/email": "body-email",
  "/change-password": "session",
  "/verify-password": "session",
};

// One per process, on globalThis: the auth route may be bundled more than once.
const shared = globalThis as typeof globalThis & { __consolePasswordThrottle?: PasswordThrottle };

export function passwordThrottle(): PasswordThrottle {
  shared.__consolePasswordThrottle ??= createPasswordThrottle();
  return shared.__consolePasswordThrottle;
}
