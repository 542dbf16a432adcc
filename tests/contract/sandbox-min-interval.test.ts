import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { type Api, createApi } from "./helpers/api-client";
import { catalogIds } from "./helpers/cache-flow";
import { expectError } from "./helpers/matchers";
import { type RunningSandbox, removeDataDir, startSandbox } from "./helpers/sandbox-process";

const P = "/data/projects/demoPrj1";
const basic = (expression: string) => ({ type: "BASIC", expression });
let sandbox: RunningSandbox;
let api: Api;
let paymentId = "";

beforeAll(async () => {
  sandbox = await startSandbox({ env: { SANDBOX_MIN_INTERVAL_SECONDS: "60" } });
  api = createApi(sandbox.baseUrl, sandbox.keys.partnerKey);
  paymentId = (await catalogIds(api, "demoPrj1")).payment ?? "";
});
afterAll(async () => {
  await sandbox?.stop();
  if (sandbox) removeDataDir(sandbox.dataDir);
});

describe("SANDBOX_MIN_INTERVAL_SECONDS", () => {
  const table = (tableName: string, extra: Record<string, unknown>) => ({
    catalogId: paymentId,
    schemaName: "public",
    tableName,
    ...extra,
  });

  it("refuses a shorter schedule on create with a 400 that names the field", async () => {
    const res = await api.post(`${P}/cache`, table("refunds", { incrementalCacheSchedule: basic("PT30S") }));
    expectError(res, 400, "INVALID_SCHEDULE");
    expect((res.body as { message: string }).message).toMatch(
      /^incrementalCacheSchedule\.expression "PT30S"/,
    );
    const batch = await api.post(`${P}/cache/batch`, [
      table("refunds", { fullRefreshCacheSchedule: basic("PT59S") }),
    ]);
    const [item] = batch.body as { success: boolean; error: string }[];
    expect(item?.success).toBe(false);
    expect(item?.error).toMatch(/^fullRefreshCacheSchedule\.expression "PT59S"/);
  });

  it("accepts the minimum itself, and refuses a shorter one on update without changing anything", async () => {
    const created = await api.post(
      `${P}/cache`,
      table("refunds", { incrementalCacheSchedule: basic("PT1M") }),
    );
    expect(created.status).toBe(200);
    const { id } = created.body as { id: string };
    const refused = await api.put(`${P}/cache/${id}`, { fullRefreshCacheSchedule: basic("PT10S") });
    expectError(refused, 400, "INVALID_SCHEDULE");
    const after = await api.get(`${P}/cache/${id}`);
    expect(after.body).toMatchObject({
      incrementalCacheSchedule: basic("PT1M"),
      fullRefreshCacheSchedule: { type: "NONE" },
    });
  });
});
