import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { computeCompliance } from "@/lib/freshness/compliance";
import { proposeSchedules, scheduleOutlook } from "@/lib/freshness/propose-schedule";
import { runDurations } from "@/lib/freshness/run-durations";
import { createPeakaApi } from "@/lib/server/peaka/api";
import type { CacheRun, Schedules } from "@/lib/types";

import { type Api, createApi, waitFor } from "../../contract/helpers/api-client";
import { catalogIds, status } from "../../contract/helpers/cache-flow";
import { removeDataDir, type RunningSandbox, startSandbox } from "../../contract/helpers/sandbox-process";
import { quietLogger } from "../support/peaka-under-test";

// Measured, not assumed: the schedule proposed for a short target runs in the real sandbox, and the data age read
// back from its run history stays under the warn line. A schedule the outlook says is too slow, run beside it,
// shows the measurement can see a miss.
const PROJECT = "demoPrj1";
const TARGET = { warnMs: 5_000, errorMs: 10_000 };
const MINIMUM_S = 1;
let sandbox: RunningSandbox;
let direct: Api;
let peaka: ReturnType<typeof createPeakaApi>;

const history = (cacheId: string): Promise<CacheRun[]> =>
  peaka.getExecutionHistory(PROJECT, cacheId, { limit: 100 });
const idle = (cacheId: string) =>
  waitFor(
    async () => ((await status(direct, PROJECT, cacheId)).status === "RUNNING" ? undefined : true),
    "idle",
  );
const after = (runs: CacheRun[], from: number) => runs.filter((r) => Date.parse(r.startedAt ?? "") >= from);

beforeAll(async () => {
  // 1 ms a row: the 1,500 daily balances take about 1.5 s to copy, a real share of a 5 s target.
  sandbox = await startSandbox({
    env: { SANDBOX_ROW_DELAY_MS: "1", SANDBOX_MIN_INTERVAL_SECONDS: String(MINIMUM_S) },
  });
  direct = createApi(sandbox.baseUrl, sandbox.keys.partnerKey);
  peaka = createPeakaApi({
    baseUrl: sandbox.baseUrl,
    apiKey: sandbox.keys.partnerKey,
    timeoutMs: 5_000,
    logger: quietLogger,
  });
});
afterAll(async () => {
  await sandbox?.stop();
  if (sandbox) removeDataDir(sandbox.dataDir);
});

describe("a schedule proposed from a target, run in the sandbox", () => {
  it("keeps the measured data age under the warn line, and a slower schedule's does not", async () => {
    const ids = await catalogIds(direct, PROJECT);
    const create = async (tableName: string, schemaName: string, catalogId: string, schedules: Schedules) =>
      (await peaka.createCache(PROJECT, { catalogId, schemaName, tableName, schedules })).id;
    const none = { incremental: null, fullRefresh: null };
    // A full-refresh-only table: two runs by hand give the run times the proposal starts from.
    const cacheId = await create("daily_balances", "reporting", ids.payment ?? "", none);
    await idle(cacheId);
    await peaka.triggerFullRefresh(PROJECT, cacheId);
    await waitFor(async () => ((await history(cacheId)).length >= 2 ? true : undefined), "the second run");
    await idle(cacheId);
    const durations = runDurations(await history(cacheId));
    expect(durations.full?.count).toBe(2);
    expect(durations.full?.p95Ms).toBeGreaterThan(500);

    const proposal = proposeSchedules({
      target: TARGET,
      durations,
      minimumSeconds: MINIMUM_S,
      incrementalAllowed: false,
      fullRefresh: null,
    });
    expect(proposal.fits).toBe("warn");
    const from = Date.now();
    await peaka.updateCacheSchedules(PROJECT, cacheId, proposal.schedules);
    const slow = { incremental: "PT8S", fullRefresh: null };
    expect(scheduleOutlook(slow, { incremental: null, full: null }, TARGET)?.fits).not.toBe("warn");
    const crm = await catalogIds(direct, PROJECT);
    const slowId = await create(
      `kunden 顧客 / o'brien "vip" list`,
      `emea/"nord" région`,
      crm.crm ?? "",
      slow,
    );

    // Long enough for the slow one to miss its line once, and for several proposed runs.
    await new Promise((r) => setTimeout(r, 10_000));
    const now = Date.now();
    const measured = computeCompliance(after(await history(cacheId), from), TARGET, now);
    const missed = computeCompliance(await history(slowId), TARGET, now);

    expect(measured?.successes).toBeGreaterThanOrEqual(3);
    expect(measured?.warnMs).toBe(0);
    expect(measured?.shareFresh).toBe(1);
    expect(measured?.worst.ageMs).toBeLessThanOrEqual(proposal.worstAgeMs);
    expect(missed?.warnMs).toBeGreaterThan(1_000);
  });
});
