import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { cancelRunning } from "@/lib/server/caches/cancel-outcome";
import { describeTrigger, triggerRun } from "@/lib/server/caches/trigger-outcome";
import { createPeakaApi } from "@/lib/server/peaka/api";
import type { CacheRun, CacheStatusInfo } from "@/lib/types";

import { type Api, createApi, waitFor } from "../contract/helpers/api-client";
import { cachePath, catalogIds, status } from "../contract/helpers/cache-flow";
import { removeDataDir, type RunningSandbox, startSandbox } from "../contract/helpers/sandbox-process";
import { startFaultProxy } from "../support/fault-proxy";

import { quietLogger } from "./support/peaka-under-test";

// The real sandbox behind the real fault proxy: the console's client must tell what happened from the cache's
// status, whatever the trigger answered (here: unknown fields and enum values, or no readable JSON at all).
const PROJECT = "demoPrj2";
let sandbox: RunningSandbox;
let proxy: Awaited<ReturnType<typeof startFaultProxy>>;
let direct: Api;
let peaka: ReturnType<typeof createPeakaApi>;
let cacheId: string;

const fullRunId = async () => (await status(direct, PROJECT, cacheId)).lastFullRefreshCacheExecution?.id;
const idle = () =>
  waitFor(
    async () => ((await status(direct, PROJECT, cacheId)).status === "RUNNING" ? undefined : true),
    "idle",
  );

beforeAll(async () => {
  // About 1,000 rows a second: the 2,000 campaigns take two seconds to copy.
  sandbox = await startSandbox({ env: { SANDBOX_ROW_DELAY_MS: "1" } });
  direct = createApi(sandbox.baseUrl, sandbox.keys.partnerKey);
  proxy = await startFaultProxy({ target: new URL(sandbox.baseUrl).origin });
  peaka = createPeakaApi({
    baseUrl: `${proxy.url}/api/v1`,
    apiKey: sandbox.keys.partnerKey,
    timeoutMs: 5_000,
    logger: quietLogger,
  });
  const ids = await catalogIds(direct, PROJECT);
  const created = await direct.post(`/data/projects/${PROJECT}/cache`, {
    catalogId: ids.marketing,
    schemaName: "public",
    tableName: "campaigns",
  });
  cacheId = (created.body as { id: string }).id;
  await idle();
});
afterAll(async () => {
  await proxy?.stop();
  await sandbox?.stop();
  if (sandbox) removeDataDir(sandbox.dataDir);
});

describe("after a trigger the console reads the cache's status", () => {
  it("reports a started run when the trigger answer has unknown fields and an unknown status", async () => {
    const before = await fullRunId();
    await proxy.setFault({ kind: "mutate", match: "^POST .*/fullRefreshUpdate" });
    const message = await triggerRun(peaka, PROJECT, cacheId, "full");
    expect(proxy.log.filter((e) => e.faulted).map((e) => e.path)).toEqual([
      `/api/v1${cachePath(PROJECT, cacheId, "/fullRefreshUpdate")}`,
    ]);
    expect(message).toBe("The full refresh has started.");
    expect(await fullRunId()).not.toBe(before);
  });

  it("says a run of the other kind is going, or that one of this kind already was, with no readable answer", async () => {
    await proxy.setFault({ kind: "malformed-json", match: "^POST .*Update$" });
    expect(await triggerRun(peaka, PROJECT, cacheId, "incremental")).toMatch(
      /^A full refresh is running, so the incremental sync has not started\./,
    );
    const running = await fullRunId();
    expect(await triggerRun(peaka, PROJECT, cacheId, "full")).toMatch(
      /^A full refresh was already running, so no new one has started\./,
    );
    expect(await fullRunId()).toBe(running);
    await proxy.setFault(null);
    // Clearing a fault closes pooled connections; let the client see that before it sends a (not retried) POST.
    await new Promise((r) => setTimeout(r, 100));
  });
});

describe("cancel follows the vendor document", () => {
  it("cancels a running full refresh, and says plainly when nothing was running", async () => {
    expect(await cancelRunning(peaka, PROJECT, cacheId, "full")).toBe("cancelling");
    // The waiting runs (an incremental and a full refresh) go next; cancel the full refresh once it runs.
    const cancelled = await fullRunId();
    await waitFor(
      async () => ((await fullRunId()) !== cancelled ? true : undefined),
      "the waiting full refresh",
    );
    await direct.post(cachePath(PROJECT, cacheId, "/cancelFullRefreshUpdate"));
    await idle();
    expect(await cancelRunning(peaka, PROJECT, cacheId, "full")).toBe("nothing-running");
    expect(await cancelRunning(peaka, PROJECT, cacheId, "incremental")).toBe("nothing-running");
  });

  it("keeps the not-found error for a cache that does not exist", async () => {
    await expect(cancelRunning(peaka, PROJECT, "no-such-cache", "full")).rejects.toMatchObject({
      kind: "not-found",
    });
  });
});

describe("describeTrigger when the run is not visible yet", () => {
  const run = (id: string, status: CacheRun["status"], error: string | null = null): CacheRun => ({
    id,
    kind: "full",
    status,
    startedAt: null,
    updatedAt: null,
    finishedAt: null,
    rowsCached: null,
    rowsInserted: null,
    rowsUpdated: null,
    rowsDeleted: null,
    error,
  });
  const state = (lastFull: CacheRun | null): CacheStatusInfo => ({
    id: "c1",
    catalogId: "1",
    schemaName: "s",
    tableName: "t",
    status: lastFull?.status ?? "not-initialized",
    running: lastFull?.status === "running" ? ["full"] : [],
    lastFull,
    lastIncremental: null,
    lastSyncAt: null,
    lastSyncKnown: true,
    historySince: null,
    currentRun: null,
    rowsCached: null,
    lastError: null,
    actionLog: [],
  });

  it("says the run has not started when the status is unchanged (Peaka may start it later)", () => {
    expect(describeTrigger("full", state(null), state(null))).toBe(
      "Peaka accepted the request, but the full refresh has not started yet. This page shows it when it does.",
    );
  });

  it("tells a run that already ended, and says when the status could not be read", () => {
    const before = state(run("r1", "completed"));
    expect(describeTrigger("full", before, state(run("r2", "failed", "Source went away")))).toBe(
      "The full refresh has started and failed: Source went away",
    );
    expect(describeTrigger("full", before, null)).toMatch(/status could not be read just now/);
  });
});

describe("table statistics and connections, mapped to the console's types", () => {
  it("reads a table's column statistics (no row count: Peaka's statistics carry none)", async () => {
    const ids = await catalogIds(direct, PROJECT);
    const table = { catalogId: ids.marketing ?? "", schemaName: "public", tableName: "campaigns" };
    const stats = await peaka.getTableStatistics(PROJECT, table);
    expect(stats).toMatchObject(table);
    expect(stats.columns.find((c) => c.column === "id")).toEqual({ column: "id", distinctFraction: -1 });
    expect(stats.columns.length).toBeGreaterThan(2);
    expect(Object.keys(stats).sort()).toEqual(["catalogId", "columns", "schemaName", "tableName"]);
  });

  it("lists the project's connections and reads one", async () => {
    const connections = await peaka.listConnections(PROJECT);
    expect(connections.length).toBeGreaterThan(0);
    const [first] = connections;
    expect(await peaka.getConnection(PROJECT, first?.id ?? "")).toEqual(first);
    await expect(peaka.getConnection(PROJECT, "missing")).rejects.toMatchObject({ kind: "not-found" });
  });
});
