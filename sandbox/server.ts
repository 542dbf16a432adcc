import { createServer, type Server } from "node:http";

import { addCacheRoutes } from "./api/cache-routes";
import { addCatalogRoutes } from "./api/catalog-routes";
import { addConnectionRoutes } from "./api/connection-routes";
import { addControlRoutes } from "./api/control-routes";
import { addIdentityRoutes } from "./api/identity-routes";
import { addRunRoutes } from "./api/run-routes";
import { type Auth, type Deps } from "./deps";
import { authenticate } from "./http/auth";
import { ApiError } from "./http/errors";
import { isApiError, sendError, sendJson } from "./http/respond";
import { Router, splitPath } from "./http/router";

const API_PREFIX = ["api", "v1"];
const CONTROL_PREFIX = ["sandbox", "control"];
/** The sandbox's own paths, which the request log leaves out: health and controls. */
const NOT_API = /^\/(healthz|sandbox\/control)(\/|\?|$)/;

const under = (segments: string[], prefix: string[]): boolean => prefix.every((p, i) => segments[i] === p);

export function createSandboxServer(deps: Deps, onError: (error: unknown) => void): Server {
  const router = new Router<Auth>();
  addIdentityRoutes(router, deps);
  addCatalogRoutes(router, deps);
  addCacheRoutes(router, deps);
  addRunRoutes(router, deps);
  addConnectionRoutes(router, deps);
  const control = new Router<Auth>();
  addControlRoutes(control, deps);

  return createServer((req, res) => {
    const handle = async (): Promise<void> => {
      // Logged raw as it arrived, before anything can refuse it (an undecodable or dotted path included).
      const raw = req.url ?? "/";
      if (!NOT_API.test(raw)) deps.requests?.push({ method: req.method ?? "GET", path: raw });
      const url = new URL(raw, "http://sandbox.local");
      if (url.pathname === "/healthz" && (req.method === "GET" || req.method === "HEAD")) {
        return sendJson(res, 200, { ok: true });
      }
      const segments = splitPath(url.pathname);
      const routes = under(segments, API_PREFIX) ? router : under(segments, CONTROL_PREFIX) ? control : null;
      if (!routes) {
        throw new ApiError(404, "NOT_FOUND", `No route for ${url.pathname}. The API lives under /api/v1.`);
      }
      const match = routes.match(req.method ?? "GET", segments.slice(2));
      if (match === undefined)
        throw new ApiError(404, "NOT_FOUND", `No route for ${req.method} ${url.pathname}.`);
      const auth = authenticate(deps.state, req);
      if (match === "method-not-allowed") {
        throw new ApiError(405, "METHOD_NOT_ALLOWED", `${req.method} is not supported on ${url.pathname}.`);
      }
      const result = await match.handler({ req, params: match.params, query: url.searchParams }, auth);
      sendJson(res, result.status ?? 200, result.body);
    };
    handle().catch((error: unknown) => {
      if (res.headersSent) return;
      if (isApiError(error)) return sendError(res, error);
      onError(error);
      sendError(
        res,
        new ApiError(500, "INTERNAL_ERROR", "The sandbox hit an unexpected error; see its log."),
      );
    });
  });
}
