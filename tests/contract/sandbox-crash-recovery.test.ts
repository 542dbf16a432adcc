import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { type Api, createApi, waitFor } from "./helpers/api-client";
import { cachePath, catalogIds, type CacheStatus, status, waitForStatus } from "./helpers/cache-flow";
import { expectError } from "./helpers/matchers";
import {
  newDataDir,
  newPartnerKey,
  type RunningSandbox,
  startSandbox,
  removeDataDir,
} from "./helpers/sandbox-process";
import { cachedRows, sourceRowCount } from "./helpers/sandbox-data";

// Slow enough that a full refresh of payment.customers takes tens of seconds, so we can act mid-run.
const THROTTLED = { SANDBOX_BATCH_ROWS: "200", SANDBOX_ROW_DELAY_MS: "2" };
const partnerKey = newPartnerKey();
const dataDir = await newDataDir();
let sandbox: RunningSandbox | undefined;
let api: Api;
let cacheId: string;
let rows: number;

const start = async (env: Record<string, string> = {}): Promise<void> => {
  sandbox = await startSandbox({ dataDir, partnerKey, env });
  api = createApi(sandbox.baseUrl, partnerKey);
};
const fullIsMoving = (s: CacheStatus): boolean =>
  s.lastFullRefreshCacheExecution?.status === "RUNNING" &&
  s.lastFullRefreshCacheExecution.progress.numberOfCachedRecords > 0;
const post = (suffix: string) => api.post(cachePath("demoPrj1", cacheId, suffix));

beforeAll(async () => {
  await start();
  const ids = await catalogIds(api, "demoPrj1");
  const res = await api.post("/data/projects/demoPrj1/cache", {
    catalogId: ids.payment,
    schemaName: "public",
    tableName: "customers",
    incrementalCacheSchedule: { type: "BASIC", expression: "PT1S" },
    fullRefreshCacheSchedule: { type: "BASIC", expression: "P1D" },
  });
  cacheId = (res.body as { id: string }).id;
  const s = await waitForStatus(api, "demoPrj1", cacheId, (x) => x.status === "COMPLETED", "initial full");
  expect(s.lastFullRefreshCacheExecution?.status).toBe("COMPLETED");
  rows = sourceRowCount(dataDir, "payment", "public", "customers");
  await sandbox?.stop();
  await start(THROTTLED);
});
afterAll(async () => {
  await sandbox?.stop();
  if (sandbox) removeDataDir(sandbox.dataDir);
});

describe("run queue and cancel on a slow full refresh", () => {
  it("queues behind a running full refresh and lets a full refresh supersede a waiting incremental", async () => {
    const first = await post("/fullRefreshUpdate");
    expect(["STARTED", "QUEUED"]).toContain((first.body as { status: string }).status);
    await waitForStatus(api, "demoPrj1", cacheId, fullIsMoving, "full refresh progress");
    const moving = await status(api, "demoPrj1", cacheId);
    expect(moving.status).toBe("RUNNING");
    expect(["QUEUED", "ALREADY_QUEUED"]).toContain(
      ((await post("/incrementalUpdate")).body as { status: string }).status,
    );
    expect((await post("/fullRefreshUpdate")).body).toMatchObject({ status: "QUEUED" });
    expect((await post("/fullRefreshUpdate")).body).toMatchObject({ status: "ALREADY_QUEUED" });
    const logs = (await status(api, "demoPrj1", cacheId)).cacheActionLogs ?? [];
    expect(logs.map((l) => l.action)).toContain("SUPERSEDED");
  });

  it("cancels only the running full refresh; the waiting one then starts and can be cancelled in turn", async () => {
    const first = (await status(api, "demoPrj1", cacheId)).lastFullRefreshCacheExecution?.id;
    const cancelled = await post("/cancelFullRefreshUpdate");
    expect(cancelled.status).toBe(200);
    expect(cancelled.body).toBeUndefined();
    const next = await waitForStatus(
      api,
      "demoPrj1",
      cacheId,
      (x) => x.lastFullRefreshCacheExecution?.id !== first && fullIsMoving(x),
      "the waiting full refresh running",
    );
    const history = (await api.get(cachePath("demoPrj1", cacheId, "/executionHistory?limit=2"))).body as {
      id: string;
      status: string;
    }[];
    expect(history.find((r) => r.id === first)?.status).toBe("CANCELLED");
    expect((await post("/cancelFullRefreshUpdate")).status).toBe(200);
    const s = await waitForStatus(
      api,
      "demoPrj1",
      cacheId,
      (x) =>
        x.lastFullRefreshCacheExecution?.id === next.lastFullRefreshCacheExecution?.id &&
        x.lastFullRefreshCacheExecution?.status === "CANCELLED",
      "cancelled full refresh",
    );
    expect(s.lastFullRefreshCacheExecution?.finishedAt).not.toBeNull();
    expect(cachedRows(dataDir, cacheId)?.count).toBe(rows);
    await waitFor(
      async () => ((await status(api, "demoPrj1", cacheId)).status === "RUNNING" ? undefined : true),
      "idle",
    );
    expectError(await post("/cancelFullRefreshUpdate"), 404, "NO_RUNNING_EXECUTION");
  });

  it("answers 404 to cancelling a waiting run, and leaves it waiting", async () => {
    await post("/fullRefreshUpdate");
    await waitForStatus(api, "demoPrj1", cacheId, fullIsMoving, "full refresh progress");
    const cancelLogs = async () =>
      ((await status(api, "demoPrj1", cacheId)).cacheActionLogs ?? []).filter((l) => l.action === "CANCELLED")
        .length;
    const before = await cancelLogs();
    expect(((await post("/incrementalUpdate")).body as { status: string }).status).toBe("QUEUED");
    expectError(await post("/cancelIncrementalUpdate"), 404, "NO_RUNNING_EXECUTION");
    expect(await cancelLogs()).toBe(before);
    expect((await post("/cancelFullRefreshUpdate")).status).toBe(200);
    const s = await waitForStatus(
      api,
      "demoPrj1",
      cacheId,
      (x) => x.lastIncrementalCacheExecution?.status === "RUNNING" || x.status === "COMPLETED",
      "the waiting incremental starting",
    );
    expect(s.lastFullRefreshCacheExecution?.status).toBe("CANCELLED");
    await waitFor(
      async () => ((await status(api, "demoPrj1", cacheId)).status === "RUNNING" ? undefined : true),
      "idle",
    );
  });
});

describe("crash in the middle of a full refresh", () => {
  it("keeps the previous data, marks the run FAILED and resumes the schedule after SIGKILL", async () => {
    await post("/fullRefreshUpdate");
    const moving = await waitForStatus(
      api,
      "demoPrj1",
      cacheId,
      fullIsMoving,
      "full refresh progress before kill",
    );
    const killedRun = moving.lastFullRefreshCacheExecution?.id;
    await sandbox?.kill();
    const restartedAt = new Date().toISOString();
    await start();
    const after = await status(api, "demoPrj1", cacheId);
    expect(after.lastFullRefreshCacheExecution?.id).toBe(killedRun);
    expect(after.lastFullRefreshCacheExecution?.status).toBe("FAILED");
    expect(after.lastFullRefreshCacheExecution?.error).toMatchObject({ code: "INTERRUPTED" });
    expect(cachedRows(dataDir, cacheId)).toEqual({ count: rows, buildTables: 0 });
    const resumed = await waitForStatus(
      api,
      "demoPrj1",
      cacheId,
      (x) =>
        x.lastIncrementalCacheExecution?.status === "COMPLETED" &&
        x.lastIncrementalCacheExecution.createdAt > restartedAt,
      "scheduled incremental after restart",
    );
    expect(resumed.lastIncrementalCacheExecution?.progress.numberOfCachedRecords).toBe(rows);
  });
});

describe("schedules across downtime", () => {
  it("runs a missed incremental once after a restart, not once per missed interval", async () => {
    // Slots sit on the grid (time of the PUT) + k·interval. The restart comes just after the second missed slot, so
    // the next slot is a whole interval away, however long the restart and the run take on a loaded machine.
    const interval = 8_000;
    const every8s = { incrementalCacheSchedule: { type: "BASIC", expression: "PT8S" } };
    const putStart = Date.now();
    expect((await api.put(cachePath("demoPrj1", cacheId), every8s)).status).toBe(200);
    const putEnd = Date.now();
    await sandbox?.stop();
    const missed = Math.max(2, Math.ceil((Date.now() - putStart) / interval));
    await new Promise((resolve) => setTimeout(resolve, putEnd + missed * interval + 200 - Date.now()));
    const restartedAt = Date.now();
    await start();
    await waitForStatus(
      api,
      "demoPrj1",
      cacheId,
      (x) =>
        x.status === "COMPLETED" &&
        Date.parse(x.lastIncrementalCacheExecution?.createdAt ?? "") > restartedAt,
      "first scheduled run after restart",
    );
    const history = (await api.get(cachePath("demoPrj1", cacheId, "/executionHistory?limit=50"))).body as {
      createdAt: string;
    }[];
    const nextSlot = putStart + (missed + 1) * interval;
    const beforeNextSlot = history.filter((run) => {
      const at = Date.parse(run.createdAt);
      return at > restartedAt && at < nextSlot;
    });
    expect(beforeNextSlot).toHaveLength(1);
  }, 60_000);
});
