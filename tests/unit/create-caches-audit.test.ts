// The audit log records the request that reached the Partner API. When some tables of a batch are cached
// already, the console sends only the rest; with one left that is a plain create, not the batch the review showed.
// The real action (session, middleware, audit) runs in-process against the real sandbox; the recorder sees the
// console's own fetch, so "sent" below is what went over the wire, not what the console meant to send.
import { randomUUID } from "node:crypto";

import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import { createApi, seg } from "../contract/helpers/api-client";
import { startHarness, type Harness } from "../fuzz/support/console-harness";

const session = vi.hoisted(() => ({ cookie: "" }));
vi.mock("next/headers", () => ({ headers: () => Promise.resolve(new Headers({ cookie: session.cookie })) }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));

const PROJECT = "demoPrj1";
let h: Harness;

beforeAll(async () => {
  h = await startHarness();
  session.cookie = h.cookie;
});
afterAll(async () => {
  await h?.stop();
});

type Table = { catalogId: string; schemaName: string; tableName: string };

type SandboxTable = Table & { isCached: boolean; supportedCacheTypes: string[] };

/** `n` uncached tables of the source catalogs that take an incremental schedule, straight from the sandbox. */
async function freshTables(n: number): Promise<Table[]> {
  const found: Table[] = [];
  const api = createApi(h.sandbox.baseUrl, h.sandbox.keys.partnerKey);
  const p = `/data/projects/${seg(PROJECT)}/catalogs`;
  const catalogs = (await api.get(p)).body as { id: string; type?: string; builtIn?: boolean }[];
  for (const catalog of catalogs.filter((c) => !c.builtIn && c.type !== "snowflake")) {
    const schemas = (await api.get(`${p}/${seg(catalog.id)}/schemas`)).body as { schemaName: string }[];
    for (const { schemaName } of schemas) {
      const tables = (await api.get(`${p}/${seg(catalog.id)}/schemas/${seg(schemaName)}/tables`))
        .body as SandboxTable[];
      found.push(
        ...tables
          .filter((t) => !t.isCached && t.supportedCacheTypes.includes("INCREMENTAL"))
          .map(({ catalogId, tableName }) => ({ catalogId, schemaName, tableName })),
      );
      if (found.length >= n) return found.slice(0, n);
    }
  }
  throw new Error(`the sandbox seed has no ${n} uncached incremental tables`);
}

describe("cache.create audit", () => {
  it("records the single create that was sent when the other table of the batch was cached already", async () => {
    const [existing, fresh] = (await freshTables(2)) as [Table, Table];
    const api = createApi(h.sandbox.baseUrl, h.sandbox.keys.partnerKey);
    const made = await api.post(`/data/projects/${seg(PROJECT)}/cache`, existing);
    expect(made.status, JSON.stringify(made.body)).toBeLessThan(300);

    const { createCachesAction } = await import("@/lib/actions/caches/create-caches");
    const { listAudit } = await import("@/lib/server/audit");
    const schedules = { incremental: "PT6H", fullRefresh: null };
    const result = await h.recorder.within(1, () =>
      createCachesAction({
        projectId: PROJECT,
        idempotencyKey: randomUUID(),
        items: [existing, fresh].map((table) => ({ table, mode: "incremental" as const, schedules })),
      }),
    );
    expect(result?.data?.outcomes.map((o) => o.status)).toEqual(["exists", "created"]);

    const writes = h.recorder.callsOf(1).filter((call) => call.method !== "GET");
    expect(writes).toHaveLength(1);
    const [sent] = writes;
    expect(sent?.path).toBe(`/api/v1/data/projects/${PROJECT}/cache`);

    const [entry] = await listAudit({ action: "cache.create", limit: 1 });
    const audited = JSON.parse(entry?.request ?? "null") as { method: string; path: string; body: unknown };
    expect(audited).toEqual({
      method: "POST",
      path: `/data/projects/${PROJECT}/cache`,
      body: JSON.parse(sent?.body ?? "null") as unknown,
    });
    expect(audited.body).toEqual({
      ...fresh,
      incrementalCacheSchedule: { type: "BASIC", expression: "PT6H" },
    });
  });

  it("calls a batch that created 4 of 5 caches partial and names each item with what happened to it", async () => {
    const tables = await freshTables(5);
    const [existing] = tables as [Table];
    const api = createApi(h.sandbox.baseUrl, h.sandbox.keys.partnerKey);
    expect((await api.post(`/data/projects/${seg(PROJECT)}/cache`, existing)).status).toBeLessThan(300);

    const { createCachesAction } = await import("@/lib/actions/caches/create-caches");
    const { listAudit } = await import("@/lib/server/audit");
    const schedules = { incremental: "PT6H", fullRefresh: null };
    const result = await h.recorder.within(2, () =>
      createCachesAction({
        projectId: PROJECT,
        idempotencyKey: randomUUID(),
        items: tables.map((table) => ({ table, mode: "incremental" as const, schedules })),
      }),
    );
    expect(result?.data?.outcomes.map((o) => o.status)).toEqual([
      "exists",
      "created",
      "created",
      "created",
      "created",
    ]);

    const [entry] = await listAudit({ action: "cache.create", limit: 1 });
    expect(entry?.outcome).toBe("partial");
    const lines = (entry?.detail ?? "").split("\n");
    expect(lines[0]).toBe("4 of 5 created.");
    expect(lines.slice(1)).toHaveLength(5);
    tables.forEach((table, i) => {
      expect(lines[i + 1]).toContain(
        `.${table.schemaName}.${table.tableName}: ${i === 0 ? "already cached" : "created"}`,
      );
    });
  });
});
