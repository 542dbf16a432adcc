import { counter, runCard } from "./cache-detail-helpers";
import { expect, test } from "./fixtures";
import { partnerApi } from "./support/partner-api";
import { throttledStack } from "./throttled-stack";

const PROJECT = "demoPrj1";
const slow = throttledStack();

test.describe.serial("a slow run on the detail page", () => {
  let cacheId = "";

  test.beforeAll(async ({ request }) => {
    test.setTimeout(180_000);
    await slow.start();
    cacheId = await partnerApi(request, slow.sandboxUrl)
      .project(PROJECT)
      // 20,000 rows at about 1,000 a second: the full refresh below runs long enough to be cancelled on a busy
      // machine (with the 6,000-row refunds it sometimes ended before the click).
      .freshCache("payment", "public", "customers", { incremental: "PT6H", fullRefresh: "P1D" });
  });

  test.afterAll(() => slow.stop());

  test("counters move while a full refresh runs, and cancel keeps the previous data", async ({
    browser,
    request,
  }) => {
    test.setTimeout(120_000);
    const page = await slow.pageAs(browser, "operator");
    await page.goto(`/projects/${PROJECT}/caches/${cacheId}`);
    await expect(counter(page, "full", "rowsCached")).toHaveText("20,000");

    await page.getByRole("button", { name: "Run full refresh now" }).click();
    const full = runCard(page, "full");
    await expect(full.getByText("Running", { exact: true })).toBeVisible();
    await expect(full.getByRole("progressbar")).toBeVisible();
    await expect(page.getByText(/may queue a run started now/i)).toBeVisible();
    const first = await counter(page, "full", "rowsCached").textContent();
    await expect(counter(page, "full", "rowsCached")).not.toHaveText(first ?? "", { timeout: 10_000 });

    await page.getByRole("button", { name: "Cancel full refresh" }).click();
    await expect(
      page.locator("[data-sonner-toast]").filter({ hasText: /previously cached data stays/ }),
    ).toBeVisible();
    await expect(full.getByText("Cancelled")).toBeVisible({ timeout: 15_000 });
    await partnerApi(request, slow.sandboxUrl).project(PROJECT).waitIdle(cacheId);

    // An incremental reports the size of the cached copy: still the 20,000 rows from before the cancel.
    await page.getByRole("button", { name: "Run incremental now" }).click();
    await expect(runCard(page, "incremental").getByText("Completed", { exact: true })).toBeVisible({
      timeout: 30_000,
    });
    await expect(counter(page, "incremental", "rowsCached")).toHaveText("20,000");
    await expect(counter(page, "incremental", "rowsInserted")).toHaveText("0");
  });
});
