// The schedule map against the real sandbox, in-process (the fuzz harness): the projection from what the console can
// observe must match when the sandbox really starts runs, and a move must re-anchor a schedule when its task runs.
// Short schedules (PT4S…PT10S; the harness's sandbox has no minimum) keep the window to a few seconds; twice the
// PT2S…PT5S they were, because under npm test's load (Vitest at nice 10) a run waiting behind the cache's other one
// started over 600 ms late.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import type { MapCache } from "@/lib/schedule-map";
import type { RunKind, Schedules } from "@/lib/types";

import { startHarness, type Harness } from "../fuzz/support/console-harness";

const session = vi.hoisted(() => ({ cookie: "" }));
vi.mock("next/headers", () => ({ headers: () => Promise.resolve(new Headers({ cookie: session.cookie })) }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));

const PROJECT = "demoPrj1";
/** A scheduled run may start this much late (scheduler wake-up, or waiting behind the cache's other run). */
const LATE_MS = 1_200;
const EARLY_MS = 150;
let h: Harness;
const created: { id: string; schedules: Schedules }[] = [];

const peaka = async () => (await import("@/lib/server/peaka")).getPeaka();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function actualStarts(
  cacheId: string,
  from: number,
  to: number,
): Promise<{ kind: RunKind; start: number }[]> {
  const runs = await (await peaka()).getExecutionHistory(PROJECT, cacheId, { limit: 100, offset: 0 });
  return runs.flatMap((r) => {
    const start = r.startedAt ? Date.parse(r.startedAt) : Number.NaN;
    return r.kind !== "unknown" && start >= from && start < to ? [{ kind: r.kind, start }] : [];
  });
}

async function mapCaches(): Promise<MapCache[]> {
  const { readScheduleMap } = await import("@/lib/server/schedule-map/map-data");
  const data = await readScheduleMap(PROJECT);
  return data.caches.filter((c) => created.some((m) => m.id === c.id));
}

beforeAll(async () => {
  h = await startHarness();
  session.cookie = h.cookie;
  const api = await peaka();
  const payment = (await api.listCatalogs(PROJECT)).find((c) => c.name === "payment");
  if (!payment) throw new Error("the sandbox seed has no payment catalog");
  const tables = (await api.listTables(PROJECT, payment.id, "public")).filter(
    (t) => t.cacheable && !t.cached && t.supportedCacheTypes?.includes("INCREMENTAL"),
  );
  const plans: Schedules[] = [
    { fullRefresh: "PT4S", incremental: null },
    { fullRefresh: "PT6S", incremental: null },
    { fullRefresh: "PT10S", incremental: "PT4S" },
  ];
  if (tables.length < plans.length)
    throw new Error("the sandbox seed lacks incremental-capable payment tables");
  for (const [i, schedules] of plans.entries()) {
    const cache = await api.createCache(PROJECT, {
      catalogId: payment.id,
      schemaName: "public",
      tableName: tables[i]!.name,
      schedules,
    });
    created.push({ id: cache.id, schedules });
  }
});
afterAll(async () => {
  await h?.stop();
});

describe("the projected map against the sandbox's real run times", () => {
  it(`predicts every scheduled start of the next few seconds within -${EARLY_MS}/+${LATE_MS} ms`, async () => {
    // Let each cache run a little, so its phase can only come from its run history (nothing was set by the console).
    await sleep(4_400);
    const caches = await mapCaches();
    expect(caches).toHaveLength(created.length);
    for (const cache of caches) {
      for (const kind of ["full", "incremental"] as const) {
        const schedule = kind === "full" ? cache.schedules.fullRefresh : cache.schedules.incremental;
        expect(cache.anchors[kind]?.source ?? null, `${cache.label} ${kind}`).toBe(
          schedule ? "run-history" : null,
        );
      }
    }
    const { forEachProjectedRun } = await import("@/lib/schedule-map/project");
    const from = Date.now() + 200;
    const to = from + 9_000;
    // Predicted a second either side, so a run at the window's edge is matched whichever side it falls.
    const predicted = new Map<string, number[]>();
    forEachProjectedRun(caches, from - 1_000, to + 1_000, [], (c, kind, start) => {
      const key = `${caches[c]!.id}/${kind}`;
      predicted.set(key, [...(predicted.get(key) ?? []), start]);
    });
    await sleep(to - Date.now() + 300);
    const near = (t: number, list: number[]) => list.some((p) => t - p >= -EARLY_MS && t - p <= LATE_MS);
    let compared = 0;
    for (const cache of caches) {
      const actual = await actualStarts(cache.id, from, to);
      for (const kind of ["full", "incremental"] as const) {
        const want = predicted.get(`${cache.id}/${kind}`) ?? [];
        const got = actual.filter((r) => r.kind === kind).map((r) => r.start);
        const says = `${cache.label} ${kind}: predicted ${want.map((t) => new Date(t).toISOString()).join(" ")}, ran ${got.map((t) => new Date(t).toISOString()).join(" ")}`;
        // Every run that happened was predicted, and every prediction well inside the window happened.
        for (const t of got) expect(near(t, want), says).toBe(true);
        for (const t of want.filter((p) => p >= from + EARLY_MS && p < to - LATE_MS)) {
          expect(
            got.some((g) => g - t >= -EARLY_MS && g - t <= LATE_MS),
            says,
          ).toBe(true);
        }
        compared += got.length;
      }
    }
    // Over nine seconds at least two runs of each PT4S schedule and one of the PT6S one, whatever the phases.
    expect(compared).toBeGreaterThanOrEqual(5);
  }, 45_000);
});

describe("a move", () => {
  it("is stored by the action, then re-applies both schedules when its task runs: the phase moves and it is audited", async () => {
    const { id: cacheId } = created[0]!; // full refresh every PT4S
    const { scheduleMoveAction } = await import("@/lib/actions/schedule-map/schedule-move");
    const answer = await scheduleMoveAction({
      projectId: PROJECT,
      cacheId,
      kind: "full",
      startAt: new Date(Date.now() + 3_600_000).toISOString(),
    });
    expect(answer?.serverError, JSON.stringify(answer)).toBeUndefined();
    const applyAt = Date.parse(answer.data!.applyAt);
    expect(applyAt).toBeGreaterThan(Date.now() + 60_000);

    const [before] = (await mapCaches()).filter((c) => c.id === cacheId);
    const oldAnchor = before!.anchors.full!.at;
    // Re-apply half an interval off the old grid, so the new phase is clearly different.
    const period = 4_000;
    const offGrid = oldAnchor + Math.ceil((Date.now() - oldAnchor) / period) * period + period / 2;
    await sleep(offGrid - Date.now());
    const { applyDueMoves } = await import("@/lib/server/schedule-map/moves");
    const putAt = Date.now();
    await applyDueMoves.run(new Date(applyAt));

    const { listMoves } = await import("@/lib/server/schedule-map/moves-store");
    const move = (await listMoves(PROJECT)).find((m) => m.cacheId === cacheId);
    expect(move).toMatchObject({ status: "done" });
    const settings = await (await peaka()).getCache(PROJECT, cacheId);
    expect(settings.schedules).toEqual(created[0]!.schedules);

    await sleep(2 * period + LATE_MS);
    const after = await actualStarts(cacheId, putAt, Date.now());
    expect(after.length).toBeGreaterThanOrEqual(2);
    for (const run of after) {
      const sincePut = (run.start - putAt) % period;
      expect(Math.min(sincePut, period - sincePut), new Date(run.start).toISOString()).toBeLessThanOrEqual(
        LATE_MS,
      );
    }
    // The console's own record of the re-apply is now the phase it projects from.
    const [moved] = (await mapCaches()).filter((c) => c.id === cacheId);
    expect(moved!.anchors.full?.source).toBe("console-record");
    expect(Math.abs(moved!.anchors.full!.at - putAt)).toBeLessThan(LATE_MS);

    const { getConsoleDb } = await import("@/lib/server/db/database");
    const audit = await getConsoleDb()
      .db.selectFrom("audit_log")
      .selectAll()
      .where("action", "in", ["cache.move-planned", "cache.move-applied"])
      .orderBy("id")
      .execute();
    expect(audit.map((a) => [a.action, a.outcome])).toEqual([
      ["cache.move-planned", "success"],
      ["cache.move-applied", "success"],
    ]);
    expect(audit[1]!.request).toContain('"method":"PUT"');
  }, 30_000);

  it("is not carried out when the evaluator reaches it too late, and says so", async () => {
    const { id: cacheId } = created[1]!;
    const { scheduleMoveAction } = await import("@/lib/actions/schedule-map/schedule-move");
    const answer = await scheduleMoveAction({
      projectId: PROJECT,
      cacheId,
      kind: "full",
      startAt: new Date().toISOString(),
    });
    const applyAt = Date.parse(answer.data!.applyAt);
    const { applyDueMoves } = await import("@/lib/server/schedule-map/moves");
    await applyDueMoves.run(new Date(applyAt + 6 * 60_000));
    const { listMoves } = await import("@/lib/server/schedule-map/moves-store");
    const move = (await listMoves(PROJECT)).find((m) => m.cacheId === cacheId);
    expect(move?.status).toBe("failed");
    expect(move?.detail).toMatch(/^Missed: .*Choose the move again\.$/);
  });

  it("refuses a run the cache does not have, with what to do", async () => {
    const { scheduleMoveAction } = await import("@/lib/actions/schedule-map/schedule-move");
    const answer = await scheduleMoveAction({
      projectId: PROJECT,
      cacheId: created[0]!.id,
      kind: "incremental",
      startAt: new Date().toISOString(),
    });
    expect(answer?.serverError).toBe(
      "This cache has no incremental sync schedule, so there is no run to move.",
    );
  });
});
