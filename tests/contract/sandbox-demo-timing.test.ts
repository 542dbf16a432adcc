import { describe, expect, it } from "vitest";

import { CRM_COUNTS } from "../../sandbox/seed/crm";
import { EXTRA_COUNTS, PAYMENT_COUNTS } from "../../sandbox/seed/payment";
import { demoSandboxTiming } from "../../scripts/demo-sandbox-timing.mjs";

import { waitFor } from "./helpers/api-client";
import { cachePath, listedCacheIds, status, waitForStatus } from "./helpers/cache-flow";
import { sandboxForFile } from "./helpers/sandbox-suite";

// Issue 13: `npm run demo` shows what real Peaka may show (NOT_INITIALIZED, a cache not yet in the status list,
// RUNNING with progress moving), so its sandbox runs the seed tables in seconds to a minute, not at once.
const timing = demoSandboxTiming({});
const suite = sandboxForFile(timing);
const listed = () => listedCacheIds(suite.api, "demoPrj1");

describe("the demo's sandbox timing", () => {
  it("copies every seed table in seconds to a minute", () => {
    const rows = [
      ...Object.values(PAYMENT_COUNTS),
      ...Object.values(CRM_COUNTS),
      ...Object.values(EXTRA_COUNTS),
    ];
    const perRow = Number(timing.SANDBOX_ROW_DELAY_MS);
    const start = Number(timing.SANDBOX_START_DELAY_MS);
    expect(start).toBeGreaterThanOrEqual(1000);
    expect(Math.max(...rows) * perRow + start).toBeLessThanOrEqual(65_000);
    expect(Math.min(...rows) * perRow + start).toBeGreaterThanOrEqual(1000);
  });

  it("a new cache waits NOT_INITIALIZED, joins the status list later, and its first run moves its progress", async () => {
    const created = Date.now();
    const body = { catalogId: suite.ids.payment, schemaName: "public", tableName: "customers" };
    const id = ((await suite.api.post("/data/projects/demoPrj1/cache", body)).body as { id: string }).id;
    expect(await status(suite.api, "demoPrj1", id)).toMatchObject({ status: "NOT_INITIALIZED" });
    expect(await listed()).not.toContain(id);

    const running = await waitForStatus(
      suite.api,
      "demoPrj1",
      id,
      (s) => s.status === "RUNNING",
      "the first run",
    );
    expect(Date.now() - created).toBeGreaterThanOrEqual(Number(timing.SANDBOX_START_DELAY_MS) - 100);
    const first = running.lastFullRefreshCacheExecution?.progress.numberOfCachedRecords ?? 0;
    const later = await waitFor(async () => {
      const s = await status(suite.api, "demoPrj1", id);
      const n = s.lastFullRefreshCacheExecution?.progress.numberOfCachedRecords ?? 0;
      return s.status === "RUNNING" && n > first ? n : undefined;
    }, "progress to move while the run is still running");
    expect(later).toBeLessThan(PAYMENT_COUNTS.customers);
    await waitFor(async () => ((await listed()).includes(id) ? true : undefined), "the status list");
    expect(Date.now() - created).toBeGreaterThanOrEqual(Number(timing.SANDBOX_LIST_DELAY_MS) - 100);
    await suite.api.post(cachePath("demoPrj1", id, "/cancelFullRefreshUpdate"));
  });
});
