// The schedule rules and cache controls as the server actions enforce them: the real actions with their
// middleware, in-process, against the real sandbox (the fuzz harness, tests/fuzz/support/console-harness.ts).
// Every refusal here must come before any Partner API call, and leave the cache as it was.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import { startHarness, type Harness } from "../fuzz/support/console-harness";

const session = vi.hoisted(() => ({ cookie: "" }));
vi.mock("next/headers", () => ({ headers: () => Promise.resolve(new Headers({ cookie: session.cookie })) }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));

type Table = { catalogId: string; schemaName: string; tableName: string };
type Answer = { data?: unknown; serverError?: unknown; validationErrors?: unknown } | undefined;

const PROJECT = "demoPrj1";
let h: Harness;
let nextInput = 1;
let bothTables: Table[] = [];
let fullOnlyTable: Table;
let cacheId: string;

/** Runs one action call and returns its answer with the Partner API calls it made. */
async function call(fn: () => Promise<Answer>) {
  const input = nextInput++;
  const answer = await h.recorder.within(input, fn);
  const raw = h.recorder.callsOf(input);
  return { answer, raw, calls: raw.map((c) => `${c.method} ${c.path}`) };
}

const writes = (calls: string[]) => calls.filter((c) => !c.startsWith("GET "));
const actions = {
  create: async () => (await import("@/lib/actions/caches/create-caches")).createCachesAction,
  update: async () => (await import("@/lib/actions/caches/update-schedules")).updateSchedulesAction,
  apply: async () => (await import("@/lib/actions/caches/apply-schedules")).applySchedulesAction,
  pause: async () => (await import("@/lib/actions/caches/pause-cache")).pauseCacheAction,
  resume: async () => (await import("@/lib/actions/caches/resume-cache")).resumeCacheAction,
  incremental: async () => (await import("@/lib/actions/caches/run-incremental")).runIncrementalAction,
  bulk: async () => (await import("@/lib/actions/caches/bulk-operate")).bulkOperateAction,
};

async function settingsOf(id: string) {
  const { getPeaka } = await import("@/lib/server/peaka");
  const cache = await getPeaka().getCache(PROJECT, id);
  return cache.schedules;
}

beforeAll(async () => {
  h = await startHarness();
  session.cookie = h.cookie;
  await h.recorder.within(0, async () => {
    const { getPeaka } = await import("@/lib/server/peaka");
    const peaka = getPeaka();
    const payment = (await peaka.listCatalogs(PROJECT)).find((c) => c.name === "payment");
    if (!payment) throw new Error("the sandbox seed has no payment catalog");
    for (const schema of await peaka.listSchemas(PROJECT, payment.id)) {
      for (const t of await peaka.listTables(PROJECT, payment.id, schema.name)) {
        const ref = { catalogId: payment.id, schemaName: schema.name, tableName: t.name };
        const types = t.supportedCacheTypes ?? [];
        if (t.cached || !t.cacheable) continue;
        if (types.length === 1 && types[0] === "FULL_REFRESH") fullOnlyTable = ref;
        else if (types.includes("INCREMENTAL") && types.includes("FULL_REFRESH")) bothTables.push(ref);
      }
    }
    bothTables = bothTables.slice(0, 3);
    const created = await peaka.createCache(PROJECT, {
      ...bothTables.pop()!,
      schedules: { incremental: "PT6H", fullRefresh: "P1D" },
    });
    cacheId = created.id;
  });
  if (!fullOnlyTable || bothTables.length < 2)
    throw new Error("the sandbox seed lacks the tables these tests need");
});
afterAll(async () => {
  await h?.stop();
});

const TOO_OFTEN = [
  { incremental: "PT1S", fullRefresh: null },
  { incremental: "PT0.001S", fullRefresh: "P1D" },
  { incremental: "PT6H", fullRefresh: "PT5M" },
];
const FULL_TOO_OFTEN = { incremental: "P1D", fullRefresh: "PT1H" };

describe("the schedule policy in the actions (CONSOLE_MIN_INTERVAL defaults to PT15M)", () => {
  it("update schedules refuses intervals under the minimum, on the field, without calling Peaka to write", async () => {
    const update = await actions.update();
    for (const schedules of TOO_OFTEN) {
      const { answer, calls } = await call(() => update({ projectId: PROJECT, cacheId, schedules }));
      const field = schedules.incremental === "PT6H" ? "fullRefresh" : "incremental";
      const errors = answer?.validationErrors as { schedules?: Record<string, { _errors?: string[] }> };
      expect(errors?.schedules?.[field]?._errors?.[0], JSON.stringify(answer)).toMatch(
        /too frequent.*use PT15M or longer/,
      );
      expect(writes(calls)).toEqual([]);
    }
    expect(await settingsOf(cacheId)).toEqual({ incremental: "PT6H", fullRefresh: "P1D" });
  });

  it("update schedules refuses a full refresh that runs more often than the incremental", async () => {
    const update = await actions.update();
    const { answer, calls } = await call(() =>
      update({ projectId: PROJECT, cacheId, schedules: FULL_TOO_OFTEN }),
    );
    const errors = answer?.validationErrors as { schedules?: Record<string, { _errors?: string[] }> };
    expect(errors?.schedules?.incremental?._errors?.[0]).toMatch(/not shorter than the full refresh.*PT1H/);
    expect(writes(calls)).toEqual([]);
    expect(await settingsOf(cacheId)).toEqual({ incremental: "PT6H", fullRefresh: "P1D" });
  });

  it("apply schedules (the wizard's result page) refuses the same", async () => {
    const apply = await actions.apply();
    for (const schedules of [...TOO_OFTEN, FULL_TOO_OFTEN]) {
      const { answer, calls } = await call(() => apply({ projectId: PROJECT, cacheId, schedules }));
      expect(answer?.validationErrors, JSON.stringify(answer)).toBeDefined();
      expect(writes(calls)).toEqual([]);
    }
    expect(await settingsOf(cacheId)).toEqual({ incremental: "PT6H", fullRefresh: "P1D" });
  });

  it("create refuses a single cache and a batch with a schedule that breaks the rules, creating nothing", async () => {
    const create = await actions.create();
    const [first, second] = bothTables as [Table, Table];
    const single = [
      { table: first, mode: "incremental", schedules: { incremental: "PT1S", fullRefresh: null } },
    ];
    const batch = [
      { table: first, mode: "full-and-incremental", schedules: { incremental: "PT6H", fullRefresh: "P1D" } },
      { table: second, mode: "full-and-incremental", schedules: FULL_TOO_OFTEN },
    ];
    for (const items of [single, batch]) {
      const { answer, calls } = await call(() =>
        create({ projectId: PROJECT, idempotencyKey: randomUUID(), items } as never),
      );
      const errors = answer?.validationErrors as {
        items?: Record<number, { schedules?: Record<string, { _errors?: string[] }> }>;
      };
      const failing = items.length - 1;
      expect(errors?.items?.[failing]?.schedules?.incremental?._errors?.[0], JSON.stringify(answer)).toMatch(
        /too frequent|not shorter/,
      );
      expect(calls).toEqual([]);
    }
  });

  it("resume refuses to put back remembered schedules that break the rules", async () => {
    const { getPeaka } = await import("@/lib/server/peaka");
    // Schedules saved before the rule existed (straight through the client, as an older console did).
    await h.recorder.within(0, () =>
      getPeaka().updateCacheSchedules(PROJECT, cacheId, { incremental: "PT1M", fullRefresh: "P1D" }),
    );
    const pause = await actions.pause();
    expect((await call(() => pause({ projectId: PROJECT, cacheId }))).answer?.data).toBeDefined();
    const resume = await actions.resume();
    const { answer, calls } = await call(() => resume({ projectId: PROJECT, cacheId }));
    expect(String(answer?.serverError)).toMatch(/remembered schedules.*too frequent.*Edit schedules/);
    expect(writes(calls)).toEqual([]);
    const bulk = await actions.bulk();
    const viaBulk = await call(() => bulk({ projectId: PROJECT, operation: "resume", cacheIds: [cacheId] }));
    const results = (viaBulk.answer?.data as { results: { ok: boolean; message: string }[] }).results;
    expect(results.map((r) => r.ok)).toEqual([false]);
    expect(results[0]?.message).toMatch(/remembered schedules.*too frequent/);
    expect(writes(viaBulk.calls)).toEqual([]);
    expect(await settingsOf(cacheId)).toEqual({ incremental: null, fullRefresh: null });
  });
});

describe("scheduled full refresh only, and the controls that fit it", () => {
  let fullOnlyCache: string;

  it("creates a cache with a full refresh schedule and incremental off on a FULL_REFRESH-only table", async () => {
    const create = await actions.create();
    const items = [
      { table: fullOnlyTable, mode: "full-only", schedules: { incremental: null, fullRefresh: "P1D" } },
    ];
    const { answer, raw } = await call(() =>
      create({ projectId: PROJECT, idempotencyKey: randomUUID(), items } as never),
    );
    const outcomes = (answer?.data as { outcomes?: { status: string; cacheId: string | null }[] })?.outcomes;
    expect(
      outcomes?.map((o) => o.status),
      JSON.stringify(answer),
    ).toEqual(["created"]);
    fullOnlyCache = outcomes?.[0]?.cacheId ?? "";
    const post = raw.find((c) => c.method === "POST");
    expect(JSON.parse(post?.body ?? "{}")).toMatchObject({
      fullRefreshCacheSchedule: { type: "BASIC", expression: "P1D" },
    });
    expect(JSON.parse(post?.body ?? "{}")).not.toHaveProperty("incrementalCacheSchedule");
    expect(await settingsOf(fullOnlyCache)).toEqual({ incremental: null, fullRefresh: "P1D" });
  });

  it("refuses an incremental run on it in plain words, before asking Peaka to start one", async () => {
    const incremental = await actions.incremental();
    const { answer, calls } = await call(() => incremental({ projectId: PROJECT, cacheId: fullOnlyCache }));
    expect(answer?.serverError).toBe(
      "This table supports full refreshes only, so it cannot run an incremental sync. Run a full refresh instead.",
    );
    expect(writes(calls)).toEqual([]);
    const bulk = await actions.bulk();
    const viaBulk = await call(() =>
      bulk({ projectId: PROJECT, operation: "run-incremental", cacheIds: [fullOnlyCache] }),
    );
    const results = (viaBulk.answer?.data as { results: { ok: boolean; message: string }[] }).results;
    expect(results.map((r) => [r.ok, r.message])).toEqual([
      [false, expect.stringMatching(/full refreshes only/)],
    ]);
    expect(writes(viaBulk.calls)).toEqual([]);
  });

  it("still starts incremental runs on a table that supports them", async () => {
    const update = await actions.update();
    await call(() =>
      update({ projectId: PROJECT, cacheId, schedules: { incremental: "PT6H", fullRefresh: "P1D" } }),
    );
    const incremental = await actions.incremental();
    const { answer, calls } = await call(() => incremental({ projectId: PROJECT, cacheId }));
    expect(answer?.serverError, JSON.stringify(answer)).toBeUndefined();
    expect(writes(calls)).toEqual([
      `POST /api/v1/data/projects/${PROJECT}/cache/${cacheId}/incrementalUpdate`,
    ]);
  });

  it("shows the detail page which controls fit: no incremental run for a full-only table", async () => {
    const { getCacheDetail } = await import("@/lib/server/caches/detail");
    const { canPause, canRunIncremental } = await import("@/lib/caches/cache-capabilities");
    const detail = await h.recorder.within(0, () => getCacheDetail(PROJECT, fullOnlyCache));
    expect(detail?.supportedCacheTypes).toEqual(["FULL_REFRESH"]);
    expect(canRunIncremental(detail?.supportedCacheTypes ?? null)).toBe(false);
    expect(canPause(detail!)).toBe(true);
    const other = await h.recorder.within(0, () => getCacheDetail(PROJECT, cacheId));
    expect(canRunIncremental(other?.supportedCacheTypes ?? null)).toBe(true);
  });
});
