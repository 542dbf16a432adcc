import { describe, expect, it } from "vitest";

import { cachePath, listedCacheIds, status, waitForStatus } from "./helpers/cache-flow";
import { expectError } from "./helpers/matchers";
import { sandboxForFile } from "./helpers/sandbox-suite";

// What `npm run demo` turns on (at longer settings) so the console meets what real Peaka may show.
const DELAY = 1500;
const suite = sandboxForFile({ SANDBOX_START_DELAY_MS: String(DELAY), SANDBOX_LIST_DELAY_MS: String(DELAY) });
const listed = () => listedCacheIds(suite.api, "demoPrj1");

describe("SANDBOX_START_DELAY_MS and SANDBOX_LIST_DELAY_MS", () => {
  let id: string;

  it("a new cache is NOT_INITIALIZED, not cancellable and missing from the status list at first", async () => {
    const body = { catalogId: suite.ids.payment, schemaName: "public", tableName: "refunds" };
    id = ((await suite.api.post("/data/projects/demoPrj1/cache", body)).body as { id: string }).id;
    const first = await status(suite.api, "demoPrj1", id);
    expect(first).toMatchObject({
      status: "NOT_INITIALIZED",
      lastFullRefreshCacheExecution: null,
      lastIncrementalCacheExecution: null,
    });
    expect(await listed()).not.toContain(id);
    expectError(
      await suite.api.post(cachePath("demoPrj1", id, "/cancelFullRefreshUpdate")),
      404,
      "NO_RUNNING_EXECUTION",
    );
    const done = await waitForStatus(
      suite.api,
      "demoPrj1",
      id,
      (s) => s.status === "COMPLETED",
      "initial load",
    );
    expect(done.lastFullRefreshCacheExecution?.progress.numberOfCachedRecords).toBeGreaterThan(0);
    expect(await listed()).toContain(id);
  });

  it("a triggered run starts later: the answer carries no execution id and the status is unchanged meanwhile", async () => {
    const before = (await status(suite.api, "demoPrj1", id)).lastFullRefreshCacheExecution?.id;
    const trigger = await suite.api.post(cachePath("demoPrj1", id, "/fullRefreshUpdate"));
    expect(trigger.status).toBe(200);
    expect(trigger.body).toMatchObject({ executionId: null });
    const meanwhile = await status(suite.api, "demoPrj1", id);
    expect(meanwhile.status).toBe("COMPLETED");
    expect(meanwhile.lastFullRefreshCacheExecution?.id).toBe(before);
    const after = await waitForStatus(
      suite.api,
      "demoPrj1",
      id,
      (s) => s.lastFullRefreshCacheExecution?.id !== before && s.status === "COMPLETED",
      "the triggered full refresh",
    );
    expect(Date.parse(after.lastFullRefreshCacheExecution?.createdAt ?? "")).toBeGreaterThan(
      Date.now() - 60_000,
    );
  });
});
