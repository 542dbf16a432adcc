import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { applyChurn } from "@/sandbox/churn/apply-churn";

import { type Api, createApi, seg } from "./helpers/api-client";
import { cachePath, catalogIds, type Execution, waitForStatus } from "./helpers/cache-flow";
import { expectError, expectShape } from "./helpers/matchers";
import { type RunningSandbox, startSandbox, removeDataDir } from "./helpers/sandbox-process";
import { cachedRows, sourceRowCount } from "./helpers/sandbox-data";

const P = "/data/projects/demoPrj1";
let sandbox: RunningSandbox;
let api: Api;
let ids: Record<string, string>;
let contactsId: string;

const completed = (id: string, what: string) =>
  waitForStatus(api, "demoPrj1", id, (s) => s.status === "COMPLETED", what);

beforeAll(async () => {
  sandbox = await startSandbox();
  api = createApi(sandbox.baseUrl, sandbox.keys.partnerKey);
  ids = await catalogIds(api, "demoPrj1");
  const res = await api.post(`${P}/cache`, {
    catalogId: ids.crm,
    schemaName: "sales",
    tableName: "contacts",
  });
  contactsId = (res.body as { id: string }).id;
  await completed(contactsId, "contacts initial load");
});
afterAll(async () => {
  await sandbox?.stop();
  if (sandbox) removeDataDir(sandbox.dataDir);
});

describe("incremental sync", () => {
  it("picks up exactly the inserted, updated and deleted rows after churn", async () => {
    const before = sourceRowCount(sandbox.dataDir, "crm", "sales", "contacts");
    applyChurn(sandbox.dataDir, {
      catalog: "crm",
      schema: "sales",
      table: "contacts",
      inserts: 7,
      updates: 5,
      deletes: 3,
      seed: 1,
    });
    const res = await api.post(cachePath("demoPrj1", contactsId, "/incrementalUpdate"));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: "STARTED" });
    const s = await waitForStatus(
      api,
      "demoPrj1",
      contactsId,
      (x) => x.status === "COMPLETED" && x.lastIncrementalCacheExecution !== null,
      "incremental",
    );
    const run = s.lastIncrementalCacheExecution as Execution;
    expect(run.progress).toMatchObject({
      numberOfInsertedRecords: 7,
      numberOfUpdatedRecords: 5,
      numberOfDeletedRecords: 3,
      numberOfCachedRecords: before + 4,
    });
    expect(cachedRows(sandbox.dataDir, contactsId)?.count).toBe(before + 4);
  });

  it("finds nothing to do when nothing changed", async () => {
    await api.post(cachePath("demoPrj1", contactsId, "/incrementalUpdate"));
    const history = await waitForStatus(
      api,
      "demoPrj1",
      contactsId,
      (x) => x.status === "COMPLETED",
      "second incremental",
    );
    expect(history.lastIncrementalCacheExecution?.progress.numberOfInsertedRecords).toBe(0);
  });
});

describe("cache settings", () => {
  it("reads, partially updates and switches off schedules", async () => {
    expectShape(await api.get(cachePath("demoPrj1", contactsId)), "Cache");
    const both = {
      incrementalCacheSchedule: { type: "BASIC", expression: "PT6H" },
      fullRefreshCacheSchedule: { type: "BASIC", expression: "P1D" },
    };
    expectShape(await api.put(cachePath("demoPrj1", contactsId), both), "Cache");
    const partial = await api.put(cachePath("demoPrj1", contactsId), {
      fullRefreshCacheSchedule: { type: "NONE" },
    });
    expect(partial.body).toMatchObject({
      incrementalCacheSchedule: { type: "BASIC", expression: "PT6H" },
      fullRefreshCacheSchedule: { type: "NONE" },
    });
    const again = await api.get(cachePath("demoPrj1", contactsId));
    expect(again.body).toMatchObject({ fullRefreshCacheSchedule: { type: "NONE" } });
  });

  it("rejects bad updates with 400 and unknown caches with 404", async () => {
    const bad = { incrementalCacheSchedule: { type: "BASIC", expression: "every day" } };
    expectError(await api.put(cachePath("demoPrj1", contactsId), bad), 400, "INVALID_SCHEDULE");
    expectError(await api.put(cachePath("demoPrj1", contactsId), "PT1H"), 400, "INVALID_BODY");
    expectError(await api.put(cachePath("demoPrj1", "missing-cache"), {}), 404, "CACHE_NOT_FOUND");
    for (const suffix of [
      "",
      "/status",
      "/executionHistory",
      "/fullRefreshUpdate",
      "/cancelIncrementalUpdate",
    ]) {
      const method = suffix.includes("Update") ? "POST" : "GET";
      const res =
        method === "GET"
          ? await api.get(cachePath("demoPrj1", "missing-cache", suffix))
          : await api.post(cachePath("demoPrj1", "missing-cache", suffix));
      expectError(res, 404, "CACHE_NOT_FOUND");
    }
  });
});

describe("status, history and runs", () => {
  it("lists statuses per project, catalog and schema", async () => {
    const all = await api.get(`${P}/cache/status`);
    expectShape(all, "CacheStatus", { array: true });
    expect((all.body as { id: string }[]).map((s) => s.id)).toContain(contactsId);
    expectShape(await api.get(`${P}/catalog/${ids.crm}/cache/status`), "CacheStatus", { array: true });
    const bySchema = await api.get(`${P}/catalog/${ids.crm}/schema/sales/cache/status`);
    expect((bySchema.body as unknown[]).length).toBe(1);
    const none = await api.get(`${P}/catalog/${ids.payment}/schema/public/cache/status`);
    expect(none.body).toEqual([]);
    expect((await api.get("/data/projects/demoPrj2/cache/status")).body).toEqual([]);
  });

  it("drops the action log with excludeLogs=true", async () => {
    const withLogs = await api.get(cachePath("demoPrj1", contactsId, "/status"));
    expect((withLogs.body as { cacheActionLogs: unknown[] }).cacheActionLogs.length).toBeGreaterThan(0);
    const without = await api.get(cachePath("demoPrj1", contactsId, "/status?excludeLogs=true"));
    expect(without.body).not.toHaveProperty("cacheActionLogs");
  });

  it("pages execution history newest first", async () => {
    const first = await api.get(cachePath("demoPrj1", contactsId, "/executionHistory?limit=2"));
    expectShape(first, "CacheExecutionInfo", { array: true });
    const runs = first.body as Execution[];
    expect(runs).toHaveLength(2);
    expect((runs[0]?.createdAt ?? "") >= (runs[1]?.createdAt ?? "")).toBe(true);
    const rest = await api.get(cachePath("demoPrj1", contactsId, "/executionHistory?limit=10&offset=2"));
    expect((rest.body as Execution[]).map((r) => r.executionMode)).toEqual(["FULL_REFRESH"]);
    expectError(await api.get(cachePath("demoPrj1", contactsId, "/executionHistory?limit=-3")), 400);
  });

  it("answers 404 to a cancel when nothing of that kind is running", async () => {
    expectError(
      await api.post(cachePath("demoPrj1", contactsId, "/cancelFullRefreshUpdate")),
      404,
      "NO_RUNNING_EXECUTION",
    );
    expectError(
      await api.post(cachePath("demoPrj1", contactsId, "/cancelIncrementalUpdate")),
      404,
      "NO_RUNNING_EXECUTION",
    );
  });

  it("runs a manual full refresh, and refuses an incremental on a FULL_REFRESH-only table", async () => {
    const res = await api.post(cachePath("demoPrj1", contactsId, "/fullRefreshUpdate"));
    expect(res.body).toMatchObject({ status: "STARTED" });
    const s = await completed(contactsId, "manual full refresh");
    expect(s.lastFullRefreshCacheExecution?.progress.numberOfCachedRecords).toBe(
      sourceRowCount(sandbox.dataDir, "crm", "sales", "contacts"),
    );
    const body = { catalogId: ids.payment, schemaName: "reporting", tableName: "daily_balances" };
    const balances = (await api.post(`${P}/cache`, body)).body as { id: string };
    await completed(balances.id, "daily balances");
    expectError(
      await api.post(cachePath("demoPrj1", balances.id, "/incrementalUpdate")),
      400,
      "UNSUPPORTED_CACHE_TYPE",
    );
    // The console's "full refresh on a schedule" mode: a full schedule with incremental NONE (docs/cache-operations.md).
    const fullOnly = {
      fullRefreshCacheSchedule: { type: "BASIC", expression: "P1D" },
      incrementalCacheSchedule: { type: "NONE" },
    };
    const updated = await api.put(cachePath("demoPrj1", balances.id, ""), fullOnly);
    expect(updated.status, JSON.stringify(updated.body)).toBe(200);
    expect((await api.get(cachePath("demoPrj1", balances.id, ""))).body).toMatchObject(fullOnly);
  });

  it("caches the table with odd names through encoded paths, then deletes it", async () => {
    const schemas = (await api.get(`${P}/catalogs/${ids.crm}/schemas`)).body as { schemaName: string }[];
    const schema = schemas.find((s) => s.schemaName.includes("/"))?.schemaName ?? "";
    const tables = (await api.get(`${P}/catalogs/${ids.crm}/schemas/${seg(schema)}/tables`)).body as {
      tableName: string;
    }[];
    const table = tables[0]?.tableName ?? "";
    const created = await api.post(`${P}/cache`, {
      catalogId: ids.crm,
      schemaName: schema,
      tableName: table,
    });
    expectShape(created, "Cache");
    const id = (created.body as { id: string }).id;
    const s = await completed(id, "odd table");
    expect(s.lastFullRefreshCacheExecution?.progress.numberOfCachedRecords).toBe(
      sourceRowCount(sandbox.dataDir, "crm", schema, table),
    );
    const filtered = await api.get(`${P}/catalog/${ids.crm}/schema/${seg(schema)}/cache/status`);
    expect((filtered.body as { id: string }[]).map((x) => x.id)).toEqual([id]);
    expect((await api.del(cachePath("demoPrj1", id))).status).toBe(200);
    expectError(await api.get(cachePath("demoPrj1", id)), 404, "CACHE_NOT_FOUND");
    expectError(await api.del(cachePath("demoPrj1", id)), 404, "CACHE_NOT_FOUND");
    expect(cachedRows(sandbox.dataDir, id)).toBeUndefined();
  });
});
