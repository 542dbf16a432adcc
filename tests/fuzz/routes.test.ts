// 10,000 generated requests against every route handler that takes input, called in-process with a real session
// and the real sandbox behind a recording proxy: never a 5xx, and every Partner API call an input causes keeps the
// input's values as intact path segments (searches: exactly the validated query). Inputs run 16 at a time; each
// upstream call is attributed to its input exactly (see support/upstream-recorder.ts).
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { hostileJson, nastyName } from "./support/arbitraries";
import { startHarness, type Harness } from "./support/console-harness";
import { assertMany } from "./support/run-many";
import { bodyProblems, upstreamProblems } from "./support/upstream-checks";

const TIMEOUT = 300_000;

let h: Harness;
let nextInput = 0;
const checked = new Map<number, { params: Params; query?: string }>();

type Params = Record<string, string>;
// `never` accepts every handler's own params type; each call passes the params that handler expects.
type Handler = (request: Request, context: { params: Promise<never> }) => Promise<Response>;
type Call = { params: Params; init?: RequestInit; query?: string; searched?: string };

function problemsOf(input: number, expected: { params: Params; query?: string }): string[] {
  const calls = h.recorder.callsOf(input);
  const problems = [...upstreamProblems(calls, expected.params), ...calls.flatMap(bodyProblems)];
  for (const call of calls.filter((c) => c.path.endsWith("/search"))) {
    const sent = (JSON.parse(call.body ?? "null") as { query?: unknown } | null)?.query;
    if (expected.query === undefined || sent !== expected.query)
      problems.push(
        `search sent ${JSON.stringify(sent)?.slice(0, 80)} for an input that validates to ${expected.query}`,
      );
  }
  return problems;
}

async function expectSound(handler: Handler, call: Call) {
  const input = nextInput++;
  const expected = { params: call.params, query: call.searched };
  checked.set(input, expected);
  const path = Object.values(call.params).map(encodeURIComponent).join("/");
  const request = new Request(`http://127.0.0.1:3999/api/fuzz/${path}${call.query ?? ""}`, {
    ...call.init,
    headers: { cookie: h.cookie, "content-type": "application/json" },
  });
  const response = await h.recorder.within(input, () =>
    handler(request, { params: Promise.resolve(call.params) as Promise<never> }),
  );
  const body = await response.text();
  const failures = h.recorder.failures.slice(-3).join("; ");
  expect(response.status, `${body.slice(0, 200)} ${failures}`).toBeLessThan(500);
  const problems = problemsOf(input, expected);
  expect(problems, problems.join("\n")).toEqual([]);
}

/** Calls that landed after their input had been checked, and calls from no input at all. */
async function lateProblems(): Promise<string[]> {
  const problems = await h.recorder.unattributed(h.upstreamLog);
  for (const [input, expected] of checked) problems.push(...problemsOf(input, expected));
  problems.push(
    ...h.recorder.callsOf(undefined).map((c) => `call outside every input: ${c.method} ${c.path}`),
  );
  return problems;
}

async function fuzz<T>(arbitrary: fc.Arbitrary<T>, toCall: (value: T) => Call, handler: Handler) {
  const upstreamBefore = h.recorder.calls.length;
  const runs = await assertMany(arbitrary, (value) => expectSound(handler, toCall(value)));
  const problems = await lateProblems();
  expect(problems, problems.slice(0, 20).join("\n")).toEqual([]);
  return { runs, upstream: h.recorder.calls.length - upstreamBefore };
}

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.stop();
});

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

type RouteCase = [
  string,
  (handler: Handler) => Promise<{ runs: number; upstream: number }>,
  () => Promise<Handler>,
];

function route<T>(
  name: string,
  load: () => Promise<Handler>,
  inputs: fc.Arbitrary<T>,
  toCall: (v: T) => Call,
): RouteCase {
  return [name, (handler) => fuzz(inputs, toCall, handler), load];
}

const ROUTES: RouteCase[] = [
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
];

describe("route handlers under generated input", () => {
  it.each(ROUTES)(
    "%s",
    async (_name, run, load) => {
      const { runs, upstream } = await run(await load());
      // Inputs must really reach the sandbox, or the exactness checks above proved nothing.
      expect(upstream, "Partner API calls made").toBeGreaterThan(runs / 20);
    },
    TIMEOUT,
  );
});

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
