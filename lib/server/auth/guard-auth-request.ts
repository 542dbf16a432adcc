import "server-only";

import { recordAudit } from "../audit";

import type { ConsoleAuth } from "./auth";
import {
  IMPERSONATION_AUDIT,
  PASSWORD_ENDPOINTS,
  isClosedEndpoint,
  passwordThrottle,
} from "./endpoint-policy";
import { getUserFromRequest } from "./session";

const json = (status: number, message: string, headers: Record<string, string> = {}) =>
  Response.json({ message }, { status, headers });

/** The better-auth path as its router would match it: no base path, no repeated or trailing slashes. */
export function authPath(url: string): string {
  const pathname = new URL(url).pathname.toLowerCase().replace(/\/{2,}/g, "/");
  return pathname.replace(/^\/api\/auth(?=\/|$)/, "").replace(/\/+$/, "") || "/";
}

async function accountFor(kind: "body-email" | "session", request: Request, auth: ConsoleAuth) {
  if (kind === "session") {
    const session = await auth.api.getSession({ headers: request.headers }).catch(() => null);
    return session ? `user:${session.user.id}` : null;
  }
  // The front (scripts/front/) has already bounded this body.
  const body: unknown = await request
    .clone()
    .json()
    .catch(() => null);
  const email = body && typeof body === "object" ? (body as { email?: unknown }).email : undefined;
  return typeof email === "string" && email.trim() ? `email:${email.trim().toLowerCase()}` : null;
}

/** Closed endpoints answer 404; password checks are throttled per account before better-auth runs them. */
export async function guardAuthRequest(
  request: Request,
  auth: ConsoleAuth,
  run: () => Promise<Response>,
): Promise<Response> {
  const path = authPath(request.url);
  if (isClosedEndpoint(path)) {
    return json(404, "Not available: console users are managed by admins on the Users page.");
  }
  const audit = request.method === "POST" ? IMPERSONATION_AUDIT[path] : undefined;
  if (audit) return auditedImpersonation(request, audit, run);
  const kind = request.method === "POST" ? PASSWORD_ENDPOINTS[path] : undefined;
  const account = kind ? await accountFor(kind, request, auth) : null;
  if (!account) return run();
  const attempt = passwordThrottle().attempt(account);
  if (!attempt.allowed) {
    const seconds = Math.ceil(attempt.retryAfterMs / 1000);
    return json(429, `Too many failed password attempts for this account. Try again in ${seconds} seconds.`, {
      "Retry-After": String(seconds),
    });
  }
  const response = await run();
  attempt.settle(response.ok);
  return response;
}

/** Starting and ending an impersonation land in the audit log under the admin's own name. */
async function auditedImpersonation(request: Request, action: string, run: () => Promise<Response>) {
  const actor = await getUserFromRequest(request);
  const body: unknown = await request
    .clone()
    .json()
    .catch(() => null);
  const response = await run();
  if (actor) {
    const userId = body && typeof body === "object" ? (body as { userId?: unknown }).userId : undefined;
    await recordAudit({
      actor,
      action,
      target: typeof userId === "string" ? userId : (actor.impersonatedBy?.id ?? actor.id),
      request: body,
      outcome: response.ok ? "success" : "failure",
      detail: response.ok ? null : `better-auth answered ${response.status}`,
    });
  }
  return response;
}
