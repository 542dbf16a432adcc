import { type Auth, type Deps } from "../deps";
import { badRequest, notFound } from "../http/errors";
import { type Router } from "../http/router";
import { type CacheMode } from "../seed/source-db";
import { optionalInt } from "./body";
import { findCache } from "./cache-routes";
import { executionJson, statusJson } from "./views";

const C = "/data/projects/{projectId}/cache/{cacheId}";

const MESSAGES = {
  STARTED: "started",
  QUEUED: "queued; it starts when the running sync finishes",
  ALREADY_QUEUED: "already queued; it starts when the running sync finishes",
} as const;

export function addRunRoutes(router: Router<Auth>, deps: Deps): void {
  router.add("GET", `${C}/status`, (ctx, auth) => {
    const cache = findCache(deps, ctx, auth);
    const exclude = (ctx.query.get("excludeLogs") ?? "").toLowerCase() === "true";
    return { body: statusJson(cache, deps.log, deps.runner, exclude ? 0 : 200) };
  });

  const trigger = (mode: CacheMode, path: string): void => {
    router.add("POST", `${C}/${path}`, (ctx, auth) => {
      const cache = findCache(deps, ctx, auth);
      const table = deps.registry
        .find(cache.project_id, cache.catalog_id)
        ?.table(cache.schema_name, cache.table_name);
      if (table && !table.modes.includes(mode)) {
        throw badRequest(
          "UNSUPPORTED_CACHE_TYPE",
          `Table "${cache.schema_name}.${cache.table_name}" does not support ${mode} caching.`,
        );
      }
      const result = deps.runner.request(cache.id, mode, false);
      const name = mode === "FULL_REFRESH" ? "Full refresh" : "Incremental sync";
      return {
        body: {
          status: result.outcome,
          message: `${name} ${MESSAGES[result.outcome]}.`,
          executionId: result.executionId ?? null,
        },
      };
    });
  };
  trigger("FULL_REFRESH", "fullRefreshUpdate");
  trigger("INCREMENTAL", "incrementalUpdate");

  const cancel = (mode: CacheMode, path: string): void => {
    router.add("POST", `${C}/${path}`, (ctx, auth) => {
      const cache = findCache(deps, ctx, auth);
      const name = mode === "FULL_REFRESH" ? "full refresh" : "incremental sync";
      if (!deps.runner.cancel(cache.id, mode)) {
        throw notFound(
          "NO_RUNNING_EXECUTION",
          `No ${name} is running for cache ${cache.id}; only a running ${name} can be cancelled.`,
        );
      }
      // The vendor document gives the cancel answer no body.
      return { body: undefined };
    });
  };
  cancel("FULL_REFRESH", "cancelFullRefreshUpdate");
  cancel("INCREMENTAL", "cancelIncrementalUpdate");

  router.add("GET", `${C}/executionHistory`, (ctx, auth) => {
    const cache = findCache(deps, ctx, auth);
    const limit = optionalInt(ctx.query.get("limit") ?? undefined, "limit", 10, 1000);
    const offset = optionalInt(ctx.query.get("offset") ?? undefined, "offset", 0, Number.MAX_SAFE_INTEGER);
    return { body: deps.log.history(cache.id, limit, offset).map(executionJson) };
  });
}
