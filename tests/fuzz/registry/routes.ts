// Every route handler the fuzz runs, 10,000 generated requests each (tests/fuzz/routes-*.test.ts). Adding a handler
// is one `route(...)` entry here: its name, how to load it, what to generate and the request a value makes
// (docs/fuzzing.md).
import fc from "fast-check";

import { hostileJson, nastyName } from "../support/arbitraries";

export type Params = Record<string, string>;
// `never` accepts every handler's own params type; each call passes the params that handler expects.
export type Handler = (request: Request, context: { params: Promise<never> }) => Promise<Response>;
export type Call = { params: Params; init?: RequestInit; query?: string; searched?: string };

const projectIds = fc.oneof(fc.constant("demoPrj1"), nastyName);
const catalogIds = fc.oneof(fc.constant("1"), nastyName);
// Mostly in range, so that thousands of history requests pass validation and reach the sandbox.
const page = fc
  .oneof({ weight: 3, arbitrary: fc.integer({ min: 0, max: 100 }) }, fc.integer(), nastyName)
  .map((v) => encodeURIComponent(String(v)));
const searchBodies = fc.oneof(
  fc.record({ query: fc.oneof(nastyName, fc.string({ maxLength: 3 })) }).map((b) => JSON.stringify(b)),
  hostileJson.map((v) => JSON.stringify(v ?? null)),
  fc.string(),
);

export type RouteTarget = {
  name: string;
  load: () => Promise<Handler>;
  inputs: fc.Arbitrary<unknown>;
  /** The request one generated value makes: path params, query, body, and for a search the query it validates to. */
  toCall: (value: unknown) => Call;
};

/** One entry, typed by its own generator. */
function route<T>(
  name: string,
  load: () => Promise<Handler>,
  inputs: fc.Arbitrary<T>,
  toCall: (value: T) => Call,
): RouteTarget {
  return { name, load, inputs, toCall: (value) => toCall(value as T) };
}

export const ROUTE_TARGETS: RouteTarget[] = [
  route(
    "GET /api/projects/[projectId]/caches",
    async () => (await import("@/app/api/projects/[projectId]/caches/route")).GET,
    nastyName,
    (projectId) => ({ params: { projectId } }),
  ),
  route(
    "GET /api/projects/[projectId]/caches/[cacheId]",
    async () => (await import("@/app/api/projects/[projectId]/caches/[cacheId]/route")).GET,
    fc.record({ projectId: projectIds, cacheId: nastyName }),
    (params) => ({ params }),
  ),
  route(
    "GET /api/projects/[projectId]/caches/[cacheId]/history",
    async () => (await import("@/app/api/projects/[projectId]/caches/[cacheId]/history/route")).GET,
    fc.tuple(fc.record({ projectId: projectIds, cacheId: nastyName }), page, page),
    ([params, limit, offset]) => ({ params, query: `?limit=${limit}&offset=${offset}` }),
  ),
  route(
    "GET /api/projects/[projectId]/catalogs",
    async () => (await import("@/app/api/projects/[projectId]/catalogs/route")).GET,
    projectIds,
    (projectId) => ({ params: { projectId } }),
  ),
  route(
    "GET .../catalogs/[catalogId]/schemas",
    async () => (await import("@/app/api/projects/[projectId]/catalogs/[catalogId]/schemas/route")).GET,
    fc.record({ projectId: projectIds, catalogId: catalogIds }),
    (params) => ({ params }),
  ),
  route(
    "GET .../catalogs/[catalogId]/schemas/[schemaName]/tables",
    async () =>
      (await import("@/app/api/projects/[projectId]/catalogs/[catalogId]/schemas/[schemaName]/tables/route"))
        .GET,
    fc.record({
      projectId: projectIds,
      catalogId: catalogIds,
      schemaName: fc.oneof(fc.constant("public"), nastyName),
    }),
    (params) => ({ params }),
  ),
  route(
    "POST /api/projects/[projectId]/search",
    async () => (await import("@/app/api/projects/[projectId]/search/route")).POST,
    fc.tuple(projectIds, searchBodies),
    ([projectId, text]) => ({
      params: { projectId },
      init: { method: "POST", body: text },
      searched: validQuery(text),
    }),
  ),
  route(
    "GET /api/projects/[projectId]/schedule-map",
    async () => (await import("@/app/api/projects/[projectId]/schedule-map/route")).GET,
    projectIds,
    (projectId) => ({ params: { projectId } }),
  ),
  route(
    "GET /api/projects/[projectId]/config",
    async () => (await import("@/app/api/projects/[projectId]/config/route")).GET,
    projectIds,
    (projectId) => ({ params: { projectId } }),
  ),
];

/** The query a search body validates to (trimmed, 2 to 200 characters), or undefined if it is refused. */
function validQuery(text: string): string | undefined {
  try {
    const query = (JSON.parse(text) as { query?: unknown } | null)?.query;
    if (typeof query !== "string") return undefined;
    const trimmed = query.trim();
    return trimmed.length >= 2 && trimmed.length <= 200 ? trimmed : undefined;
  } catch {
    return undefined;
  }
}
