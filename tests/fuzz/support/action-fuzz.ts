// The action fuzz, for any share of tests/fuzz/registry/actions.ts: the real action objects with their real
// next-safe-action middleware, session check, audit and Partner API client, talking to the real sandbox (which logs
// every request it received). For each input: the action answers (no throw), with data, readable validation errors
// or a deliberate, readable server error (never the catch-all "could not finish" of an unexpected throw); no call
// it started is still in flight when it answers; an input the schema refuses makes no Partner API call at all;
// every call an accepted input makes keeps its projectId and cacheId as intact path segments and sends a body the
// vendor's schema accepts.
//
// The test file calling this must replace the two Next.js request APIs the actions touch (vi.mock is hoisted only
// in the test file itself): headers() returns `session.cookie`, revalidatePath is a no-op.
import type fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { SEEDED_ROWS } from "../../../sandbox/seed/row-counts";

import type { ActionTarget } from "../registry/actions";
import { arbitraries, type Known } from "./action-payloads";
import { resultProblems } from "./action-results";
import { FUZZ_PASSWORD, startHarness, type Harness } from "./console-harness";
import { assertMany } from "./run-many";
import { bodyProblems, expectedSegments, upstreamProblemsAny } from "./upstream-checks";

// 10,000 payloads take 20 s to 4 min each depending on the load beside them; the limit only catches a hang.
const TIMEOUT = 900_000;
/** Users the run creates for removeUser to remove (each costs a password hash). */
const REMOVABLE_USERS = 3;

/** Every `count`-th target from `index` on: the registry shared over that many test files, for Vitest's workers. */
export const shareOf = <T>(targets: T[], index: number, count: number): T[] =>
  targets.filter((_, i) => i % count === index);

export function describeActionFuzz(targets: ActionTarget[], session: { cookie: string }): void {
  let h: Harness;
  let known: Known & { stock: Stock };
  let nextInput = 0;
  const accepted = new Map<number, unknown>();
  const refused = new Set<number>();

  /** Per input, how many of its calls the last check found sound. */
  const soundCalls = new Map<number, number>();

  /** Upstream calls of one input: none when its payload was refused, otherwise intact paths and valid bodies. */
  function upstreamOf(input: number, payload: unknown): string[] {
    const calls = h.recorder.callsOf(input);
    const problems = refused.has(input)
      ? calls.map((c) => `refused payload still called ${c.method} ${c.path.slice(0, 120)}`)
      : [...upstreamProblemsAny(calls, expectedSegments(payload)), ...calls.flatMap(bodyProblems)];
    if (problems.length === 0) soundCalls.set(input, calls.length);
    return problems;
  }

  /**
   * upstreamOf again for an input checked before, once calls have come in since: a check depends only on the
   * input's calls, which are only ever appended. Checking every input of the file again after each action made the
   * late checks grow with the square of the actions a file holds.
   */
  function lateUpstreamOf(input: number, payload: unknown): string[] {
    return h.recorder.callsOf(input).length === soundCalls.get(input) ? [] : upstreamOf(input, payload);
  }

  async function fuzzAction(target: ActionTarget, payloads: fc.Arbitrary<unknown>) {
    const { DEFAULT_SERVER_ERROR } = await import("@/lib/safe-action");
    const action = await target.load();
    const schema = await target.schema?.();
    let passed = 0;
    const before = h.recorder.calls.length;
    const runs = await assertMany(payloads, async (payload) => {
      const input = nextInput++;
      if (target.prepare) await h.recorder.within(-1, () => target.prepare?.(payload) ?? Promise.resolve());
      const result = await h.recorder.within(input, () => action(payload as never));
      // An answer with a Partner API call still going: the call ends unobserved, after the user was told.
      const inFlight = h.recorder
        .callsOf(input)
        .filter((c) => !c.settled)
        .map((c) => `answered with a call still in flight: ${c.method} ${c.path.slice(0, 120)}`);
      const schemaRefused = schema
        ? !(await schema.safeParseAsync(payload)).success
        : result?.validationErrors !== undefined;
      if (schemaRefused) refused.add(input);
      else {
        accepted.set(input, payload);
        passed += 1;
      }
      const problems = [
        ...resultProblems(result, DEFAULT_SERVER_ERROR),
        ...inFlight,
        ...upstreamOf(input, payload),
      ];
      expect(problems, `${target.name}: ${problems.join("\n")}`).toEqual([]);
    });
    // Calls that landed after their input was checked, and calls nobody made.
    const late = [...accepted].flatMap(([input, payload]) => lateUpstreamOf(input, payload));
    late.push(...[...refused].flatMap((input) => lateUpstreamOf(input, null)));
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

  describe("server actions under generated input", () => {
    it.each(targets.map((t) => [t.name, t] as const))(
      "%s",
      async (name, target) => {
        // The caches an earlier action deleted are made again, so every action meets real ones.
        known.cacheIds = await h.recorder.within(-1, () => stockCaches(known.stock));
        const { runs, passed, upstream } = await fuzzAction(target, target.payloads(arbitraries(known)));
        // Without inputs that pass validation, and calls they make, the properties above would hold vacuously.
        expect(passed, `${name}: inputs that passed validation`).toBeGreaterThan(
          runs * (target.minValid ?? 0.01),
        );
        if (target.callsPartnerApi)
          expect(upstream, `${name}: Partner API calls made`).toBeGreaterThan(runs / 100);
        console.log(`${name}: ${runs} payloads, ${passed} passed validation, ${upstream} Partner API calls`);
      },
      TIMEOUT,
    );
  });
}

/**
 * Real ids to aim at, found through the console's own client (setup, attributed to no fuzz input). Only small
 * source catalogs: a run on the sandbox's million-row warehouse would keep it busy for the rest of the suite.
 */
async function discover(): Promise<Known & { stock: Stock }> {
  const { getPeaka } = await import("@/lib/server/peaka");
  const { createConsoleUser, listUsers } = await import("@/lib/server/users");
  const peaka = getPeaka();
  const projects = ["demoPrj1", "demoPrj2"];
  const tables: Known["tables"] = [];
  const stock: Stock = new Map();
  for (const projectId of projects) {
    for (const catalog of await peaka.listCatalogs(projectId)) {
      if (catalog.builtIn || catalog.type === "snowflake") continue;
      for (const schema of (await peaka.listSchemas(projectId, catalog.id)).slice(0, 2)) {
        const listed = [...(await peaka.listTables(projectId, catalog.id, schema.name))].sort(
          (a, b) => rowsOf(a.name) - rowsOf(b.name),
        );
        const ref = (t: (typeof listed)[number]) => ({
          catalogId: catalog.id,
          schemaName: schema.name,
          tableName: t.name,
        });
        tables.push(...listed.slice(0, 4).map(ref));
        const stockable = listed.filter(
          (t) => t.cacheable && (t.supportedCacheTypes?.includes("INCREMENTAL") ?? true),
        );
        stock.set(projectId, [...(stock.get(projectId) ?? []), ...stockable.slice(0, 4).map(ref)]);
      }
    }
  }
  // The caches the fuzz runs, refreshes and re-creates thousands of times, on the smallest tables first: every
  // full refresh really copies the table, and on the 20,000- to 60,000-row ones that copying was most of the
  // whole fuzz's CPU.
  for (const [projectId, list] of stock)
    stock.set(
      projectId,
      [...list].sort((a, b) => rowsOf(a.tableName) - rowsOf(b.tableName)),
    );
  const cacheIds = await stockCaches(stock);
  const removableUserIds: string[] = [];
  for (let i = 0; i < REMOVABLE_USERS; i++) {
    const user = await createConsoleUser({
      name: `Removable ${i}`,
      email: `removable.${i}@fuzz.test`,
      password: FUZZ_PASSWORD,
      role: "viewer",
    });
    removableUserIds.push(user.id);
  }
  const users = await listUsers();
  const adminId = users.find((u) => u.email === "admin@demo.test")?.id;
  if (!adminId) throw new Error("fuzz harness: the demo admin is missing");
  return {
    stock,
    projects,
    cacheIds,
    tables,
    userIds: users.filter((u) => !removableUserIds.includes(u.id)).map((u) => u.id),
    adminId,
    removableUserIds,
  };
}

const CACHES_PER_PROJECT = 3;
/** The sandbox seed's row count of a table (unknown tables last). */
const rowsOf = (table: string) => SEEDED_ROWS[table] ?? Number.MAX_SAFE_INTEGER;
type TableRef = Known["tables"][number];
/** Per project, the small tables found there. */
type Stock = Map<string, TableRef[]>;

/**
 * Caches to aim at, on small tables: the sandbox starts with none, and the delete actions remove them, so each
 * action's run first tops them up (setup, attributed to no input). Made scheduled, so pause and resume have work;
 * caches found there (made by createCaches) are left as they are.
 */
async function stockCaches(stock: Stock): Promise<string[]> {
  const { getPeaka } = await import("@/lib/server/peaka");
  const peaka = getPeaka();
  const schedules = { incremental: "PT6H", fullRefresh: "P1D" };
  const key = (t: TableRef) => `${t.catalogId}/${t.schemaName}/${t.tableName}`;
  const ids: string[] = [];
  for (const [projectId, tables] of stock) {
    const ours = new Set(tables.map(key));
    const existing = (await peaka.listCacheStatuses(projectId)).filter((c) => ours.has(key(c)));
    ids.push(...existing.map((c) => c.id));
    const cached = new Set(existing.map(key));
    const missing = tables.filter((t) => !cached.has(key(t)));
    for (const table of missing.slice(0, Math.max(0, CACHES_PER_PROJECT - existing.length)))
      ids.push((await peaka.createCache(projectId, { ...table, schedules })).id);
  }
  return ids;
}
