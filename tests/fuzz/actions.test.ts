// 10,000 generated payloads against every server action in lib/actions/**, the real action objects with their
// real next-safe-action middleware, session check, audit and Partner API client, talking to the real sandbox
// through the recording proxy. For each input: the action answers (no throw), with data, readable validation
// errors or a deliberate, readable server error (never the catch-all "could not finish" of an unexpected throw);
// an input the schema refuses makes no Partner API call at all; every call an accepted input makes keeps its
// projectId and cacheId as intact path segments and sends a body the vendor's schema accepts.
//
// Trade-off: the actions run in-process, so the two Next.js request APIs they touch are replaced by stand-ins
// below (headers() returns the signed-in admin's cookie; revalidatePath is a no-op). Over HTTP every payload also
// pays for Next's action routing and RSC rendering: 10,000 x 12 of them do not fit the test run (docs/fuzzing.md).
import type fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import { actionCases, type Known } from "./support/action-payloads";
import { resultProblems, type ActionAnswer } from "./support/action-results";
import { startHarness, type Harness } from "./support/console-harness";
import { assertMany } from "./support/run-many";
import { bodyProblems, expectedSegments, upstreamProblemsAny } from "./support/upstream-checks";

const session = vi.hoisted(() => ({ cookie: "" }));
vi.mock("next/headers", () => ({ headers: () => Promise.resolve(new Headers({ cookie: session.cookie })) }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));

const TIMEOUT = 300_000;
type Action = (input: never) => Promise<ActionAnswer | undefined>;

let h: Harness;
let known: Known;
let nextInput = 0;
const accepted = new Map<number, unknown>();
const refused = new Set<number>();

/** Upstream calls of one input: none when its payload was refused, otherwise intact paths and valid bodies. */
function upstreamOf(input: number, payload: unknown): string[] {
  const calls = h.recorder.callsOf(input);
  if (refused.has(input))
    return calls.map((c) => `refused payload still called ${c.method} ${c.path.slice(0, 120)}`);
  const expected = expectedSegments(payload);
  return [...upstreamProblemsAny(calls, expected), ...calls.flatMap(bodyProblems)];
}

async function fuzzAction(
  name: string,
  action: Action,
  payloads: fc.Arbitrary<unknown>,
  prepare?: (payload: unknown) => Promise<unknown>,
) {
  const { DEFAULT_SERVER_ERROR } = await import("@/lib/safe-action");
  let passed = 0;
  const before = h.recorder.calls.length;
  const runs = await assertMany(payloads, async (payload) => {
    const input = nextInput++;
    if (prepare) await h.recorder.within(-1, () => prepare(payload));
    const result = await h.recorder.within(input, () => action(payload as never));
    if (result?.validationErrors !== undefined) refused.add(input);
    else {
      accepted.set(input, payload);
      passed += 1;
    }
    const problems = [...resultProblems(result, DEFAULT_SERVER_ERROR), ...upstreamOf(input, payload)];
    expect(problems, `${name}: ${problems.join("\n")}`).toEqual([]);
  });
  // Calls that landed after their input was checked, and calls nobody made.
  const late = [...accepted].flatMap(([input, payload]) => upstreamOf(input, payload));
  late.push(...[...refused].flatMap((input) => upstreamOf(input, null)));
  late.push(...(await h.recorder.unattributed(h.upstreamLog)));
  late.push(...h.recorder.callsOf(undefined).map((c) => `call outside every input: ${c.method} ${c.path}`));
  expect(late, late.slice(0, 20).join("\n")).toEqual([]);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.keys(Object.prototype)).toEqual([]);
  return { runs, passed, upstream: h.recorder.calls.length - before };
}

beforeAll(async () => {
  h = await startHarness();
  session.cookie = h.cookie;
  known = await h.recorder.within(-1, discover);
});
afterAll(async () => {
  await h?.stop();
});

/**
 * Real ids to aim at, found through the console's own client (setup, attributed to no fuzz input). Only small
 * source catalogs: a run on the sandbox's million-row warehouse would keep it busy for the rest of the suite.
 */
async function discover(): Promise<Known> {
  const { getPeaka } = await import("@/lib/server/peaka");
  const { listUsers } = await import("@/lib/server/users");
  const peaka = getPeaka();
  const projects = ["demoPrj1", "demoPrj2"];
  const tables: Known["tables"] = [];
  const small = new Set<string>();
  for (const projectId of projects) {
    for (const catalog of await peaka.listCatalogs(projectId)) {
      if (catalog.builtIn || catalog.type === "snowflake") continue;
      small.add(catalog.id);
      for (const schema of (await peaka.listSchemas(projectId, catalog.id)).slice(0, 2)) {
        const names = await peaka.listTables(projectId, catalog.id, schema.name);
        tables.push(
          ...names
            .slice(0, 4)
            .map((t) => ({ catalogId: catalog.id, schemaName: schema.name, tableName: t.name })),
        );
      }
    }
  }
  const cacheIds: string[] = [];
  for (const projectId of projects) {
    for (const cache of await peaka.listCacheStatuses(projectId)) {
      if (!small.has(cache.catalogId)) continue;
      cacheIds.push(cache.id);
      // Scheduled, so that pause and resume have something to do.
      await peaka.updateCacheSchedules(projectId, cache.id, {
        incremental: "PT6H",
        fullRefresh: "P1D",
      });
    }
  }
  const userIds = (await listUsers()).map((u) => u.id);
  return { projects, cacheIds, tables, userIds };
}

async function pauseFirst(payload: unknown) {
  const { pauseCacheAction } = await import("@/lib/actions/caches/pause-cache");
  return pauseCacheAction(payload as never);
}

const ACTIONS: [string, () => Promise<Action>, ((payload: unknown) => Promise<unknown>)?][] = [
  ["createCaches", async () => (await import("@/lib/actions/caches/create-caches")).createCachesAction],
  ["applySchedules", async () => (await import("@/lib/actions/caches/apply-schedules")).applySchedulesAction],
  [
    "updateSchedules",
    async () => (await import("@/lib/actions/caches/update-schedules")).updateSchedulesAction,
  ],
  [
    "runFullRefresh",
    async () => (await import("@/lib/actions/caches/run-full-refresh")).runFullRefreshAction,
  ],
  ["runIncremental", async () => (await import("@/lib/actions/caches/run-incremental")).runIncrementalAction],
  ["pauseCache", async () => (await import("@/lib/actions/caches/pause-cache")).pauseCacheAction],
  // Resume acts only on a cache the console paused: each input first pauses its target (setup, not checked here).
  [
    "resumeCache",
    async () => (await import("@/lib/actions/caches/resume-cache")).resumeCacheAction,
    pauseFirst,
  ],
  ["cancelRun", async () => (await import("@/lib/actions/caches/cancel-run")).cancelRunAction],
  ["bulkOperate", async () => (await import("@/lib/actions/caches/bulk-operate")).bulkOperateAction],
  ["deleteCache", async () => (await import("@/lib/actions/caches/delete-cache")).deleteCacheAction],
  ["createUser", async () => (await import("@/lib/actions/users/create-user")).createUserAction],
  ["setUserRole", async () => (await import("@/lib/actions/users/set-user-role")).setUserRoleAction],
];

describe("server actions under generated input", () => {
  it.each(ACTIONS)(
    "%s",
    async (name, load, prepare) => {
      const payloads = actionCases(known)[name];
      if (!payloads) throw new Error(`no payloads for ${name}`);
      const { runs, passed, upstream } = await fuzzAction(name, await load(), payloads, prepare);
      // Without inputs that pass validation, and calls they make, the properties above would hold vacuously.
      // Valid new users are about 1% of createUser's payloads by design (each costs a password hash), so its floor
      // sits well below that expectation instead of on it.
      const floor = name === "createUser" ? runs / 400 : runs / 100;
      expect(passed, `${name}: inputs that passed validation`).toBeGreaterThan(floor);
      if (!name.endsWith("User") && name !== "setUserRole")
        expect(upstream, `${name}: Partner API calls made`).toBeGreaterThan(runs / 100);
      console.log(`${name}: ${runs} payloads, ${passed} passed validation, ${upstream} Partner API calls`);
    },
    TIMEOUT,
  );
});
