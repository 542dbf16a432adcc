// Generated requests against every route handler, called in-process with a real session and the real sandbox
// behind a recording proxy: never a 5xx, and nothing reaches the Partner API with a mangled path or invalid body.
import fc from "fast-check";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

import { hostileJson, nastyName } from "./support/arbitraries";
import { startHarness, type Harness } from "./support/console-harness";
import { upstreamProblemsAny } from "./support/upstream-checks";

// Paths decided by validation alone get 10,000 inputs; where every input costs real Partner API round trips the
// default is lower to keep `npm test` short (FUZZ_RUNS=10000 runs every property at 10,000).
const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);
const NETWORK_RUNS = Number(process.env.FUZZ_RUNS ?? 1_500);
const TIMEOUT = 600_000;

let h: Harness;
// Calls the console gave up on may still land a moment later, during the next input.
const recent: Params[] = [];

type Params = Record<string, string>;
// `never` accepts every handler's own params type; each call passes the params that handler expects.
type Handler = (request: Request, context: { params: Promise<never> }) => Promise<Response>;

async function expectSound(handler: Handler, params: Params, init: RequestInit = {}, query = "") {
  const before = h.upstream.length;
  const path = Object.values(params).map(encodeURIComponent).join("/");
  const request = new Request(`http://127.0.0.1:3999/api/fuzz/${path}${query}`, {
    ...init,
    headers: { cookie: h.cookie, "content-type": "application/json" },
  });
  const response = await handler(request, { params: Promise.resolve(params) as Promise<never> });
  const body = await response.text();
  expect(response.status, body.slice(0, 200)).toBeLessThan(500);
  recent.unshift(params);
  recent.length = Math.min(recent.length, 50);
  const problems = upstreamProblemsAny(h.upstream.slice(before), recent);
  expect(problems, problems.join("\n")).toEqual([]);
}

beforeAll(async () => {
  h = await startHarness();
});
beforeEach(async () => {
  // Let late answers from the previous property settle before attributing calls again.
  await new Promise((resolve) => setTimeout(resolve, 300));
  recent.length = 0;
});
afterAll(async () => {
  await h?.stop();
});

const projectIds = fc.oneof(fc.constant("demoPrj1"), nastyName);

describe("route handlers under generated input", () => {
  it(
    "GET /api/projects/[projectId]/caches",
    async () => {
      const { GET } = await import("@/app/api/projects/[projectId]/caches/route");
      await fc.assert(
        fc.asyncProperty(nastyName, async (projectId) => expectSound(GET, { projectId })),
        { numRuns: NETWORK_RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    "GET /api/projects/[projectId]/caches/[cacheId] and its history",
    async () => {
      const detail = await import("@/app/api/projects/[projectId]/caches/[cacheId]/route");
      const history = await import("@/app/api/projects/[projectId]/caches/[cacheId]/history/route");
      const page = fc.oneof(fc.integer(), nastyName).map((v) => encodeURIComponent(String(v)));
      await fc.assert(
        fc.asyncProperty(projectIds, nastyName, page, page, async (projectId, cacheId, limit, offset) => {
          await expectSound(detail.GET, { projectId, cacheId });
          await expectSound(history.GET, { projectId, cacheId }, {}, `?limit=${limit}&offset=${offset}`);
        }),
        { numRuns: NETWORK_RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    "GET catalogs, schemas and tables",
    async () => {
      const catalogs = await import("@/app/api/projects/[projectId]/catalogs/route");
      const schemas = await import("@/app/api/projects/[projectId]/catalogs/[catalogId]/schemas/route");
      const tables =
        await import("@/app/api/projects/[projectId]/catalogs/[catalogId]/schemas/[schemaName]/tables/route");
      await fc.assert(
        fc.asyncProperty(
          projectIds,
          fc.oneof(fc.constant("1"), nastyName),
          nastyName,
          async (projectId, catalogId, schemaName) => {
            await expectSound(catalogs.GET, { projectId });
            await expectSound(schemas.GET, { projectId, catalogId });
            await expectSound(tables.GET, { projectId, catalogId, schemaName });
          },
        ),
        { numRuns: NETWORK_RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    "POST /api/projects/[projectId]/search",
    async () => {
      const { POST } = await import("@/app/api/projects/[projectId]/search/route");
      const payloads = fc.oneof(
        fc.record({ query: fc.oneof(nastyName, fc.string({ maxLength: 3 })) }).map((b) => JSON.stringify(b)),
        hostileJson.map((v) => JSON.stringify(v ?? null)),
        fc.string(),
      );
      const searches = () => h.upstream.filter((e) => e.path.includes("/search")).length;
      const start = searches();
      let valid = 0;
      await fc.assert(
        fc.asyncProperty(projectIds, payloads, async (projectId, text) => {
          let query: unknown;
          try {
            query = (JSON.parse(text) as { query?: unknown } | null)?.query;
          } catch {
            query = undefined;
          }
          if (typeof query === "string" && query.trim().length >= 2 && query.trim().length <= 200) valid += 1;
          await expectSound(POST, { projectId }, { method: "POST", body: text });
        }),
        { numRuns: RUNS },
      );
      await new Promise((resolve) => setTimeout(resolve, 500));
      // A call can land after its own input returned (a sibling call failed first), so count over the whole run.
      expect(searches() - start, "searches that reached Peaka vs valid queries").toBeLessThanOrEqual(valid);
      expect(valid).toBeGreaterThan(100);
    },
    TIMEOUT,
  );
});
