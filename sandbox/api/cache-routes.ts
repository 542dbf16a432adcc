import { type CacheRow, type ScheduleSetting, dueAfter } from "../engine/caches";
import { type Auth, type Deps } from "../deps";
import { requireProject } from "../http/auth";
import { badRequest, notFound } from "../http/errors";
import { isApiError, readJsonBody } from "../http/respond";
import { type RouteContext, type Router } from "../http/router";
import { requireObject } from "./body";
import { checkModes, createCache } from "./cache-create";
import { findCatalog } from "./catalog-routes";
import { readSchedule } from "./schedule-input";
import { cacheJson, statusJson } from "./views";

const P = "/data/projects/{projectId}";

export function findCache(deps: Deps, ctx: RouteContext, auth: Auth): CacheRow {
  const projectId = ctx.params.projectId ?? "";
  requireProject(deps.state, auth, projectId);
  const id = ctx.params.cacheId ?? "";
  const cache = deps.repo.get(projectId, id);
  if (!cache) throw notFound("CACHE_NOT_FOUND", `Cache "${id}" does not exist in project ${projectId}.`);
  return cache;
}

export function addCacheRoutes(router: Router<Auth>, deps: Deps): void {
  const project = (ctx: RouteContext, auth: Auth): string => {
    const projectId = ctx.params.projectId ?? "";
    requireProject(deps.state, auth, projectId);
    return projectId;
  };
  // Lists carry only the latest log entries: the console polls them for every cache in a project.
  // With SANDBOX_LIST_DELAY_MS a new cache is readable by id before the lists show it.
  const statuses = (rows: CacheRow[]) => {
    const listedBefore = Date.now() - deps.listDelayMs;
    return rows
      .filter((c) => deps.listDelayMs === 0 || Date.parse(c.created_at) <= listedBefore)
      .map((c) => statusJson(c, deps.log, deps.runner, 20));
  };

  router.add("POST", `${P}/cache`, async (ctx, auth) => {
    const projectId = project(ctx, auth);
    return { body: cacheJson(createCache(deps, projectId, await readJsonBody(ctx.req))) };
  });
  router.add("POST", `${P}/cache/batch`, async (ctx, auth) => {
    const projectId = project(ctx, auth);
    const items = await readJsonBody(ctx.req);
    if (!Array.isArray(items))
      throw badRequest("INVALID_BODY", "The batch request must be a JSON array of cache requests.");
    const results = items.map((item: unknown) => {
      try {
        return { success: true, cache: cacheJson(createCache(deps, projectId, item)) };
      } catch (error) {
        if (!isApiError(error)) throw error;
        return { success: false, error: error.message };
      }
    });
    return { body: results };
  });
  router.add("GET", `${P}/cache/status`, (ctx, auth) => ({
    body: statuses(deps.repo.list(project(ctx, auth))),
  }));
  router.add("GET", `${P}/catalog/{catalogId}/cache/status`, (ctx, auth) => {
    const projectId = project(ctx, auth);
    const catalog = findCatalog(deps, projectId, ctx.params.catalogId ?? "");
    return { body: statuses(deps.repo.list(projectId, catalog.row.id)) };
  });
  router.add("GET", `${P}/catalog/{catalogId}/schema/{schemaName}/cache/status`, (ctx, auth) => {
    const projectId = project(ctx, auth);
    const catalog = findCatalog(deps, projectId, ctx.params.catalogId ?? "");
    return { body: statuses(deps.repo.list(projectId, catalog.row.id, ctx.params.schemaName ?? "")) };
  });
  router.add("GET", `${P}/cache/{cacheId}`, (ctx, auth) => ({ body: cacheJson(findCache(deps, ctx, auth)) }));
  router.add("PUT", `${P}/cache/{cacheId}`, async (ctx, auth) => {
    const cache = findCache(deps, ctx, auth);
    const body = requireObject(await readJsonBody(ctx.req), "The cache settings update");
    const inc = readSchedule(body.incrementalCacheSchedule, "incrementalCacheSchedule");
    const full = readSchedule(body.fullRefreshCacheSchedule, "fullRefreshCacheSchedule");
    const table = deps.registry
      .find(cache.project_id, cache.catalog_id)
      ?.table(cache.schema_name, cache.table_name);
    if (table) checkModes(table, inc, full);
    const now = Date.now();
    const incNext = mergeSchedule(
      { expression: cache.inc_expr, ms: cache.inc_ms, next: cache.next_inc_at },
      inc,
      now,
    );
    const fullNext = mergeSchedule(
      { expression: cache.full_expr, ms: cache.full_ms, next: cache.next_full_at },
      full,
      now,
    );
    deps.repo.updateSchedules(cache.id, incNext.setting, fullNext.setting, incNext.next, fullNext.next);
    return { body: cacheJson(deps.repo.get(cache.project_id, cache.id) ?? cache) };
  });
  router.add("DELETE", `${P}/cache/{cacheId}`, async (ctx, auth) => {
    const cache = findCache(deps, ctx, auth);
    deps.repo.delete(cache.id);
    await deps.runner.forget(cache.id);
    deps.store.dropCache(cache.id);
    deps.log.forget(cache.id);
    return {
      body: { id: cache.id, status: "DELETED", message: "The cache, its data and its history were deleted." },
    };
  });
}

type Current = { expression: string | null; ms: number | null; next: number | null };

// A field left out keeps its schedule and its phase (the vendor document: only the fields sent are updated).
// A field sent sets the schedule now: its interval counts from this moment, even when the expression is unchanged
// (docs/sandbox.md, "Schedules"; the vendor document does not say how intervals are anchored).
function mergeSchedule(current: Current, incoming: ScheduleSetting | undefined, now: number) {
  const existing: ScheduleSetting =
    current.expression !== null && current.ms !== null
      ? { expression: current.expression, ms: current.ms }
      : null;
  if (incoming === undefined) return { setting: existing, next: current.next };
  if (incoming === null) return { setting: null, next: null };
  return { setting: incoming, next: dueAfter(now, incoming.ms) };
}
