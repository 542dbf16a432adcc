// Issue 13: the trigger answers (STARTED, QUEUED, ALREADY_QUEUED, executionId) are the sandbox's invention, not
// the vendor's promise. After "Run incremental now" the console reads the cache's status and says what it shows,
// also when the fault proxy has replaced the answer's status by an unknown value (its unknown-fields fault). And a
// cancel that meets the vendor's 404 because nothing runs any more says so, instead of calling the cache gone.
import type { APIRequestContext, Page } from "@playwright/test";

import { BASE_SCHEDULES, faultSandbox, PARTNER_API, PROJECT, proxy } from "./fault-matrix/upstream";
import { expect, test } from "./fixtures";

const TABLE = "customers";

test.use({ role: "operator" });

test.afterEach(async ({ request }) => {
  await proxy(request).clear();
  await faultSandbox(request).removeCachesOf(TABLE);
});

/** A new cache whose first full refresh is running, on its detail page. */
async function openRunningCache(page: Page, request: APIRequestContext) {
  const sandbox = faultSandbox(request);
  // About 1,000 rows a second on the fault sandbox: the first full refresh of 20,000 rows runs for many seconds.
  const cacheId = await sandbox.runningCache("payment", "public", TABLE, BASE_SCHEDULES);
  await page.goto(`/projects/${PROJECT}/caches/${cacheId}`);
  await expect(
    page.locator('section[data-run-kind="full"]').getByText("Running", { exact: true }),
  ).toBeVisible();
  return { sandbox, cacheId };
}

test("an incremental asked for while a full refresh runs is not reported as started, whatever the answer says", async ({
  page,
  request,
}) => {
  const { sandbox, cacheId } = await openRunningCache(page, request);
  await proxy(request).clearLog();
  await proxy(request).set({
    kind: "mutate",
    match: `^POST ${PARTNER_API}/cache/${cacheId}/incrementalUpdate`,
  });
  await page.getByRole("button", { name: "Run incremental now" }).click();
  const toast = page.locator("[data-sonner-toast]").filter({ hasText: /incremental sync/ });
  await expect(toast).toBeVisible();
  await expect(toast).not.toContainText("has started", { timeout: 1_000 });
  await expect(toast).toContainText("A full refresh is running, so the incremental sync has not started");
  expect(
    (await proxy(request).log()).filter((e) => e.faulted && e.path.endsWith("/incrementalUpdate")),
  ).toHaveLength(1);
  expect((await sandbox.status(cacheId)).status).toBe("RUNNING");
});

test("Cancel clicked just after the run ended says nothing was running, and the cache is still there", async ({
  page,
  request,
}) => {
  const { sandbox, cacheId } = await openRunningCache(page, request);
  const cancel = page.getByRole("button", { name: "Cancel full refresh" });
  await expect(cancel).toBeVisible();

  // The page's status reads now take 5 s, so it still shows the run when it has ended: the run ends (cancelled
  // behind the console's back) and the person clicks Cancel on what they see.
  await proxy(request).set({
    kind: "latency",
    delayMs: 5_000,
    match: `^GET ${PARTNER_API}/cache/${cacheId}/status`,
  });
  await page.waitForTimeout(1_500);
  await sandbox.cancelFullRefresh(cacheId);
  await sandbox.waitIdle(cacheId);
  await cancel.click();
  const toast = page.locator("[data-sonner-toast]").first();
  await expect(toast).toContainText("Nothing was running, so there was nothing to cancel.", {
    timeout: 20_000,
  });
  await proxy(request).clear();
  await expect(page.getByRole("heading", { name: "Cache not found" })).toHaveCount(0);
  await expect(page).toHaveURL(new RegExp(`/caches/${cacheId}$`));
  expect((await sandbox.status(cacheId)).status).toBe("CANCELLED");
});
