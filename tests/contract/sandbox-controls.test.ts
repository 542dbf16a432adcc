import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { type Api, createApi, waitFor } from "./helpers/api-client";
import { cachePath, catalogIds, status, waitForStatus } from "./helpers/cache-flow";
import { expectError } from "./helpers/matchers";
import { type RunningSandbox, startSandbox, removeDataDir } from "./helpers/sandbox-process";

let sandbox: RunningSandbox;
let api: Api;
let control: Api;
let ids: Record<string, string>;
let marketing: Record<string, string>;

beforeAll(async () => {
  sandbox = await startSandbox();
  api = createApi(sandbox.baseUrl, sandbox.keys.partnerKey);
  control = createApi(new URL(sandbox.baseUrl).origin, sandbox.keys.partnerKey);
  ids = await catalogIds(api, "demoPrj1");
  marketing = await catalogIds(api, "demoPrj2");
});
afterAll(async () => {
  await sandbox?.stop();
  if (sandbox) removeDataDir(sandbox.dataDir);
});

type RunError = { code: string; message: string } | null;
const FAIL = "/sandbox/control/fail-next-run";

describe("POST /sandbox/control/fail-next-run", () => {
  const campaigns = () => ({
    projectId: "demoPrj2",
    catalogId: marketing.marketing,
    schemaName: "public",
    tableName: "campaigns",
  });

  it("needs a Partner key and a well-formed body naming an existing table", async () => {
    const projectKey = sandbox.keys.projects.find((p) => p.id === "demoPrj2")?.apiKey;
    expectError(await control.post(FAIL, campaigns(), projectKey), 403, "FORBIDDEN");
    expectError(await control.raw(FAIL, { method: "POST", body: "{}" }), 401, "UNAUTHORIZED");
    expectError(await control.post(FAIL, { ...campaigns(), tableName: "" }), 400, "INVALID_BODY");
    expectError(await control.post(FAIL, { ...campaigns(), mode: "SOMETIMES" }), 400, "INVALID_BODY");
    expectError(await control.post(FAIL, { ...campaigns(), tableName: "nope" }), 404, "TABLE_NOT_FOUND");
  });

  it("fails the table's next run once, with the given message, then runs normally", async () => {
    const armed = await control.post(FAIL, { ...campaigns(), message: "Source went away (test)" });
    expect(armed.status).toBe(200);
    expect(armed.body).toMatchObject({ ...campaigns(), mode: null });
    const created = await api.post("/data/projects/demoPrj2/cache", campaigns());
    const id = (created.body as { id: string }).id;
    const failed = await waitForStatus(api, "demoPrj2", id, (s) => s.status === "FAILED", "injected failure");
    expect(failed.lastFullRefreshCacheExecution?.error as RunError).toEqual({
      code: "SANDBOX_INJECTED_FAILURE",
      message: "Source went away (test)",
    });
    await api.post(cachePath("demoPrj2", id, "/fullRefreshUpdate"));
    const ok = await waitForStatus(
      api,
      "demoPrj2",
      id,
      (s) => s.status === "COMPLETED",
      "run after the failure",
    );
    expect(ok.lastFullRefreshCacheExecution?.progress.numberOfCachedRecords).toBeGreaterThan(0);
  });

  it("with a mode, waits for a run of that mode", async () => {
    const [cache] = (await api.get("/data/projects/demoPrj2/cache/status")).body as { id: string }[];
    const id = cache?.id ?? "";
    await control.post(FAIL, { ...campaigns(), mode: "INCREMENTAL" });
    await api.post(cachePath("demoPrj2", id, "/fullRefreshUpdate"));
    const full = await waitForStatus(api, "demoPrj2", id, (s) => s.status === "COMPLETED", "full refresh");
    expect(full.lastFullRefreshCacheExecution?.error).toBeNull();
    await api.post(cachePath("demoPrj2", id, "/incrementalUpdate"));
    const inc = await waitForStatus(api, "demoPrj2", id, (s) => s.status === "FAILED", "failed incremental");
    expect((inc.lastIncrementalCacheExecution?.error as RunError)?.code).toBe("SANDBOX_INJECTED_FAILURE");
  });
});

describe("schedule anchoring: set time + k·interval, and a PUT re-anchors", () => {
  const INTERVAL = 800;
  // Scheduler wake-up and event-loop delay on a busy machine; the old behaviour drifted by up to 200 ms per run.
  const SLACK = 250;
  const schedule = { incrementalCacheSchedule: { type: "BASIC", expression: "PT0.8S" } };

  const scheduledStarts = async (id: string): Promise<number[]> => {
    const logs = (await status(api, "demoPrj1", id)).cacheActionLogs as {
      action: string;
      cacheType: string;
      isScheduled: boolean;
      timestamp: string;
    }[];
    return logs
      .filter((l) => l.action === "STARTED" && l.isScheduled && l.cacheType === "INCREMENTAL")
      .map((l) => Date.parse(l.timestamp))
      .sort((a, b) => a - b);
  };
  const startsAfter = (id: string, after: number, count: number) =>
    waitFor(async () => {
      const starts = (await scheduledStarts(id)).filter((t) => t > after);
      return starts.length >= count ? starts.slice(0, count) : undefined;
    }, `${count} scheduled runs`);
  const expectOnGrid = (starts: number[], setFrom: number, setTo: number): void => {
    starts.forEach((at, i) => {
      const k = i + 1;
      expect(at, `run ${k}`).toBeGreaterThanOrEqual(setFrom + k * INTERVAL);
      expect(at, `run ${k}`).toBeLessThanOrEqual(setTo + k * INTERVAL + SLACK);
    });
  };

  it("fires each run at create time + k·interval, without drift; re-applying the same schedule moves the grid", async () => {
    const body = { catalogId: ids.payment, schemaName: "public", tableName: "refunds", ...schedule };
    const createdFrom = Date.now();
    const created = await api.post("/data/projects/demoPrj1/cache", body);
    const createdTo = Date.now();
    const id = (created.body as { id: string }).id;
    expectOnGrid(await startsAfter(id, 0, 4), createdFrom, createdTo);

    // Re-apply the same schedule 0.4 intervals after a slot: the old grid's next slot would come 0.6 intervals later.
    const [last = 0] = (await scheduledStarts(id)).slice(-1);
    await new Promise((r) => setTimeout(r, Math.max(0, last + INTERVAL * 0.4 - Date.now())));
    const putFrom = Date.now();
    expect((await api.put(cachePath("demoPrj1", id), schedule)).status).toBe(200);
    const putTo = Date.now();
    expectOnGrid(await startsAfter(id, putTo, 2), putFrom, putTo);
    await api.put(cachePath("demoPrj1", id), { incrementalCacheSchedule: { type: "NONE" } });
  });
});
