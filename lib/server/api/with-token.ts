import "server-only";

import { hasRole, type Role } from "@/lib/auth/roles";

import { recordRefusal } from "../audit";
import { actionCtx, type ActionCtx } from "../audited";
import type { ConsoleUser } from "../auth/session";
import { logger } from "../logger";
import { withAnsweredRequestId } from "../request-context";
import { refuse } from "../route-response";
import { resolveApiToken, type TokenCaller } from "../tokens/token-store";

import { tokenRateRetryAfter } from "./token-rate";

const MAX_PARAM_LENGTH = 500;

export type ApiCall<P> = {
  user: ConsoleUser;
  caller: TokenCaller;
  params: P;
  /** The action context of the server action this call stands for: its audit name, with the token's identity. */
  ctx: (audit: string) => ActionCtx;
};
type Handler<P> = (request: Request, call: ApiCall<P>) => Promise<Response>;

type Guard = {
  role: Role;
  /** The audit name a refusal by role is recorded under (the server action's own); reads are not audited. */
  audit?: string;
};

function bearerOf(request: Request): string | null {
  const header = request.headers.get("authorization");
  const match = header?.match(/^Bearer\s+(\S+)\s*$/i);
  return match?.[1] ?? null;
}

/**
 * Wraps a console API handler: only `Authorization: Bearer <token>` is read (never the session cookie, so a page in
 * a browser cannot make these calls for its visitor), the token's rate, project and role are checked, and nothing
 * answers with a raw 500.
 */
export function withToken<P extends Record<string, string>>(guard: Guard, handler: Handler<P>) {
  return (request: Request, context: { params: Promise<P> }): Promise<Response> =>
    withAnsweredRequestId(() => guarded(request, context));

  async function guarded(request: Request, context: { params: Promise<P> }): Promise<Response> {
    try {
      const presented = bearerOf(request);
      if (!presented) {
        const why = request.headers.get("cookie")
          ? "The console API does not accept the session cookie."
          : "This needs a personal access token.";
        return unauthorized(`${why} Send Authorization: Bearer <token>; create a token on the Tokens page.`);
      }
      const caller = await resolveApiToken(presented);
      if (!caller)
        return unauthorized(
          "This token is unknown, revoked or expired, or its user is disabled. Create a new one.",
        );
      const retryAfter = tokenRateRetryAfter(caller.tokenId);
      if (retryAfter !== null) {
        const response = refuse(429, `Too many calls with this token: wait ${retryAfter} s and try again.`);
        response.headers.set("retry-after", String(retryAfter));
        return response;
      }
      const params = (await context.params) ?? ({} as P);
      const tooLong = Object.entries(params).find(
        ([, v]) => typeof v === "string" && v.length > MAX_PARAM_LENGTH,
      );
      if (tooLong)
        return refuse(
          400,
          `The ${tooLong[0]} in this address is too long: at most ${MAX_PARAM_LENGTH} characters.`,
        );
      const { user } = caller;
      if (caller.projectId && params.projectId !== undefined && params.projectId !== caller.projectId)
        return refuse(403, `This token is limited to project ${caller.projectId}.`);
      if (!hasRole(user.role, guard.role)) {
        if (guard.audit) await recordRefusal(user, guard.audit, guard.role, params);
        return refuse(
          403,
          `This needs the ${guard.role} role; this token acts as ${user.role} (the lower of the token's role and its user's).`,
        );
      }
      return await handler(request, { user, caller, params, ctx: (audit) => actionCtx(user, audit) });
    } catch (error) {
      logger.error({ err: error, path: new URL(request.url).pathname }, "console API handler failed");
      return refuse(500, "The console could not answer. Try again in a moment.");
    }
  }
}

function unauthorized(message: string): Response {
  const response = refuse(401, message);
  response.headers.set("www-authenticate", 'Bearer realm="cache-console"');
  return response;
}
