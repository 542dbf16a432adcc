import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { type Api, createApi } from "./helpers/api-client";
import { cachePath, catalogIds, waitForStatus } from "./helpers/cache-flow";
import { expectError, expectShape } from "./helpers/matchers";
import { type RunningSandbox, startSandbox, removeDataDir } from "./helpers/sandbox-process";
import { cachedRows, sourceRowCount } from "./helpers/sandbox-data";

const P = "/data/projects/demoPrj1";
let sandbox: RunningSandbox;
let api: Api;
let ids: Record<string, string>;
const req = (table: string, extra: Record<string, unknown> = {}, schema = "public") => ({
  catalogId: ids.payment,
  schemaName: schema,
  tableName: table,
  ...extra,
});

beforeAll(async () => {
  sandbox = await startSandbox();
  api = createApi(sandbox.baseUrl, sandbox.keys.partnerKey);
  ids = await catalogIds(api, "demoPrj1");
});
afterAll(async () => {
  await sandbox?.stop();
  if (sandbox) removeDataDir(sandbox.dataDir);
});

describe("POST cache", () => {
  it("creates payment.customers and reaches COMPLETED with the source row count", async () => {
    const res = await api.post(`${P}/cache`, req("customers", { id: "ignored-unknown-field" }));
    expectShape(res, "Cache");
    const cache = res.body as { id: string; projectId: string; fullRefreshCacheSchedule: unknown };
    expect(cache.projectId).toBe("demoPrj1");
    const done = await waitForStatus(api, "demoPrj1", cache.id, (s) => s.status === "COMPLETED", "COMPLETED");
    const expected = sourceRowCount(sandbox.dataDir, "payment", "public", "customers");
    expect(expected).toBeGreaterThan(10_000);
    expect(done.lastFullRefreshCacheExecution?.executionMode).toBe("FULL_REFRESH");
    expect(done.lastFullRefreshCacheExecution?.progress.numberOfCachedRecords).toBe(expected);
    expect(cachedRows(sandbox.dataDir, cache.id)?.count).toBe(expected);
    expectShape(await api.get(cachePath("demoPrj1", cache.id, "/status")), "CacheStatus");
    const listed = await api.get(`${P}/catalogs/${ids.payment}/schemas/public/tables/customers/isCached`);
    expect(listed.body).toMatchObject({ isCached: true });
  });

  it("answers 409 on a second create for the same table", async () => {
    expectError(await api.post(`${P}/cache`, req("customers")), 409, "CACHE_ALREADY_EXISTS");
  });

  it("lets exactly one of many parallel creates win and answers 409 to the rest", async () => {
    const results = await Promise.all(
      Array.from({ length: 8 }, () => api.post(`${P}/cache`, req("invoices"))),
    );
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    expect(results.filter((r) => r.status === 409)).toHaveLength(7);
  });

  it("treats a schedule without type as BASIC and starts with an incremental when only that is set", async () => {
    const res = await api.post(
      `${P}/cache`,
      req("refunds", { incrementalCacheSchedule: { expression: "PT6H" } }),
    );
    expect(res.body).toMatchObject({ incrementalCacheSchedule: { type: "BASIC", expression: "PT6H" } });
    const id = (res.body as { id: string }).id;
    const s = await waitForStatus(
      api,
      "demoPrj1",
      id,
      (x) => x.status === "COMPLETED",
      "incremental initial sync",
    );
    expect(s.lastIncrementalCacheExecution?.progress.numberOfInsertedRecords).toBe(
      sourceRowCount(sandbox.dataDir, "payment", "public", "refunds"),
    );
    expect(s.lastFullRefreshCacheExecution).toBeNull();
  });
});

describe("POST cache validation", () => {
  it("rejects unknown catalog, schema and table with 400", async () => {
    expectError(
      await api.post(`${P}/cache`, req("customers", { catalogId: "12345" })),
      400,
      "CATALOG_NOT_FOUND",
    );
    expectError(await api.post(`${P}/cache`, req("customers", {}, "nope")), 400, "SCHEMA_NOT_FOUND");
    expectError(await api.post(`${P}/cache`, req("nope")), 400, "TABLE_NOT_FOUND");
  });

  it("rejects a non-cacheable table and an unsupported mode", async () => {
    expectError(await api.post(`${P}/cache`, req("disputes_live")), 400, "TABLE_NOT_CACHEABLE");
    const inc = { incrementalCacheSchedule: { type: "BASIC", expression: "PT1H" } };
    expectError(
      await api.post(`${P}/cache`, req("daily_balances", inc, "reporting")),
      400,
      "UNSUPPORTED_CACHE_TYPE",
    );
  });

  it("rejects bad and non-positive schedule expressions", async () => {
    for (const expression of ["1h", "P1W", "PT", "PT0S", "-PT6H", "PT-5M"]) {
      const body = req("charges", { fullRefreshCacheSchedule: { type: "BASIC", expression } });
      expectError(await api.post(`${P}/cache`, body), 400, "INVALID_SCHEDULE");
    }
    const wrongType = req("charges", { fullRefreshCacheSchedule: { type: "CRON", expression: "PT1H" } });
    expectError(await api.post(`${P}/cache`, wrongType), 400, "INVALID_SCHEDULE");
  });

  it("rejects malformed JSON, wrong types and oversized bodies with 400", async () => {
    const headers = {
      authorization: `Bearer ${sandbox.keys.partnerKey}`,
      "content-type": "application/json",
    };
    expectError(await api.raw(`${P}/cache`, { method: "POST", headers, body: "{nope" }), 400, "INVALID_JSON");
    expectError(await api.raw(`${P}/cache`, { method: "POST", headers, body: "" }), 400, "INVALID_JSON");
    expectError(await api.post(`${P}/cache`, [1, 2]), 400, "INVALID_BODY");
    expectError(await api.post(`${P}/cache`, req("charges", { schemaName: 42 })), 400, "INVALID_BODY");
    expectError(await api.post(`${P}/cache`, req("charges", { incrementalCacheSchedule: "PT1H" })), 400);
    const big = JSON.stringify({ ...req("charges"), padding: "x".repeat(1_100_000) });
    expectError(
      await api.raw(`${P}/cache`, { method: "POST", headers, body: big }),
      400,
      "PAYLOAD_TOO_LARGE",
    );
  });
});

describe("POST cache/batch", () => {
  it("returns one result per item", async () => {
    const res = await api.post(`${P}/cache/batch`, [
      req("subscriptions"),
      req("customers"),
      req("nope"),
      req("charges", { fullRefreshCacheSchedule: { type: "BASIC", expression: "soon" } }),
    ]);
    expectShape(res, "CacheCreateStatus", { array: true });
    const results = res.body as { success: boolean; error?: string; cache?: { tableName: string } }[];
    expect(results.map((r) => r.success)).toEqual([true, false, false, false]);
    expect(results[0]?.cache?.tableName).toBe("subscriptions");
    expect(results[1]?.error).toMatch(/already has a cache/);
  });

  it("rejects a body that is not an array", async () => {
    expectError(await api.post(`${P}/cache/batch`, req("charges")), 400, "INVALID_BODY");
  });
});
