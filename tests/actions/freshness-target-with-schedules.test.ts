// A target set beside the schedules (wizard, edit dialog) is checked and stored by the actions themselves: the real
// actions with their middleware, in-process, against the real sandbox (tests/fuzz/support/console-harness.ts).
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import { createApi, seg } from "../contract/helpers/api-client";
import { startHarness, type Harness } from "../fuzz/support/console-harness";

const session = vi.hoisted(() => ({ cookie: "" }));
vi.mock("next/headers", () => ({ headers: () => Promise.resolve(new Headers({ cookie: session.cookie })) }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));

const PROJECT = "demoPrj2";
const TARGET = { warnAfter: "PT1H", errorAfter: "PT3H" };
let h: Harness;
let table: { catalogId: string; schemaName: string; tableName: string };

beforeAll(async () => {
  h = await startHarness();
  session.cookie = h.cookie;
  const api = createApi(h.sandbox.baseUrl, h.sandbox.keys.partnerKey);
  const catalogs = (await api.get(`/data/projects/${seg(PROJECT)}/catalogs`)).body as {
    id: string;
    name: string;
  }[];
  const marketing = catalogs.find((c) => c.name === "marketing");
  if (!marketing) throw new Error("the sandbox seed has no marketing catalog");
  table = { catalogId: marketing.id, schemaName: "public", tableName: "campaigns" };
});
afterAll(async () => {
  await h?.stop();
});

const stored = async (cacheId: string) => {
  const { listTargets } = await import("@/lib/server/freshness/targets-store");
  return (await listTargets(PROJECT)).byCache.get(cacheId) ?? null;
};

describe("a freshness target set with the schedules", () => {
  it("is refused by the create action when the error line is not after the warn line, before any Partner API call", async () => {
    const { createCachesAction } = await import("@/lib/actions/caches/create-caches");
    const answer = await h.recorder.within(1, () =>
      createCachesAction({
        projectId: PROJECT,
        idempotencyKey: randomUUID(),
        items: [{ table, mode: "incremental", schedules: { incremental: "PT30M", fullRefresh: null } }],
        target: { warnAfter: "PT3H", errorAfter: "PT1H" },
      }),
    );
    expect(JSON.stringify(answer?.validationErrors)).toContain(
      "The error line must come after the warn line",
    );
    expect(h.recorder.callsOf(1).filter((c) => c.method !== "GET")).toEqual([]);
  });

  it("is stored for the cache the wizard creates, and audited as a freshness target", async () => {
    const { createCachesAction } = await import("@/lib/actions/caches/create-caches");
    const { listAudit } = await import("@/lib/server/audit");
    const answer = await createCachesAction({
      projectId: PROJECT,
      idempotencyKey: randomUUID(),
      items: [{ table, mode: "incremental", schedules: { incremental: "PT30M", fullRefresh: null } }],
      target: TARGET,
    });
    const [outcome] = answer?.data?.outcomes ?? [];
    expect(outcome?.status).toBe("created");
    expect(await stored(outcome?.cacheId ?? "")).toEqual(TARGET);
    const [entry] = await listAudit({ action: "cache.freshness-target", limit: 1 });
    expect(entry?.outcome).toBe("success");
    expect(entry?.target).toContain("campaigns");

    const { updateSchedulesAction } = await import("@/lib/actions/caches/update-schedules");
    const tighter = { warnAfter: "PT45M", errorAfter: "PT2H" };
    const updated = await updateSchedulesAction({
      projectId: PROJECT,
      cacheId: outcome?.cacheId ?? "",
      schedules: { incremental: "PT15M", fullRefresh: null },
      target: tighter,
    });
    expect(updated?.data?.message).toBe("Schedules and freshness target saved.");
    expect(await stored(outcome?.cacheId ?? "")).toEqual(tighter);
  });
});
