import "server-only";

import { hasRole, type Role } from "@/lib/auth/roles";

import { logger } from "../logger";
import { refuse } from "../route-response";
import { withAnsweredRequestId } from "../request-context";

import { getUserFromRequest, type ConsoleUser } from "./session";

// Longer names exist in no catalog we know of, and an address built from a megabyte of them is refused by any
// HTTP server (431): answer that here, plainly, instead of as a Partner API failure.
const MAX_PARAM_LENGTH = 500;

type Handler<P> = (request: Request, context: { user: ConsoleUser; params: P }) => Promise<Response>;

/** Wraps a route handler: 401 without a session, 403 below `role`, and never a raw 500. */
export function withUser<P>(role: Role, handler: Handler<P>) {
  return (request: Request, context: { params: Promise<P> }): Promise<Response> =>
    withAnsweredRequestId(() => guarded(request, context));

  async function guarded(request: Request, context: { params: Promise<P> }): Promise<Response> {
    try {
      const user = await getUserFromRequest(request);
      if (!user) return refuse(401, "Sign in to continue.");
      if (!hasRole(user.role, role)) {
        return refuse(403, `This needs the ${role} role; you are signed in as ${user.role}.`);
      }
      const params = await context.params;
      const tooLong = Object.entries(params ?? {}).find(
        ([, value]) => typeof value === "string" && value.length > MAX_PARAM_LENGTH,
      );
      if (tooLong) {
        return refuse(
          400,
          `The ${tooLong[0]} in this address is too long: names have at most ${MAX_PARAM_LENGTH} characters.`,
        );
      }
      return await handler(request, { user, params });
    } catch (error) {
      logger.error({ err: error, path: new URL(request.url).pathname }, "route handler failed");
      return refuse(500, "The console could not answer. Try again in a moment.");
    }
  }
}
