import { runCard } from "./cache-detail-helpers";
import { expect, test } from "./fixtures";
import { partnerApi } from "./support/partner-api";
import { throttledStack } from "./throttled-stack";

// Issue 13, "Status that tells the truth": a full refresh that runs or stops never hides the copy
// people query, one-time caches are never "Up to date", and run history keeps in step with the cards.
const PROJECT = "demoPrj1";
const slow = throttledStack();

test.describe.serial("the copy people query, while runs come and go", () => {
  let oneTime = "";
  let scheduled = "";
  const P = `/data/projects/${PROJECT}/cache`;

  test.beforeAll(async ({ request }) => {
    test.setTimeout(240_000);
    await slow.start();
    const project = partnerApi(request, slow.sandboxUrl).project(PROJECT);
    oneTime = await project.freshCache("payment", "public", "customers", {});
    scheduled = await project.freshCache("payment", "public", "invoices", {
      incremental: "PT6H",
      fullRefresh: "P1D",
    });
  });

  test.afterAll(() => slow.stop());

  test("a one-time cache keeps its rows and sync time through a running and a cancelled refresh", async ({
    browser,
    request,
  }) => {
    test.setTimeout(120_000);
    const api = partnerApi(request, slow.sandboxUrl);
    const page = await slow.pageAs(browser, "viewer");
    await page.goto(`/projects/${PROJECT}/caches`);
    const row = page.locator(`[data-cache-id="${oneTime}"]`);
    await expect(row).toContainText("20,000");
    await expect(row.locator('[data-status="one-time"]')).toContainText(/One-time copy · \d+ s old/);
    await expect(row).not.toContainText("Up to date");

    await api.post(`${P}/${oneTime}/fullRefreshUpdate`);
    // Started behind the console's back: reload rather than wait for the 15 s idle poll.
    await page.reload();
    await expect(row.locator("[data-beside-run=running]")).toContainText(/Full refresh running/, {
      timeout: 20_000,
    });
    // While it runs: the copy's size and age, never the run's partial count or "never".
    await expect(row.getByText(/so far/)).toContainText(/\d/);
    await expect(row.locator('[data-cell="rows"]')).toContainText("20,000");
    await expect(row).not.toContainText("never");
    await expect(row.locator("time")).toHaveCount(1);

    await api.post(`${P}/${oneTime}/cancelFullRefreshUpdate`);
    await api.project(PROJECT).waitIdle(oneTime);
    await expect(row.locator("[data-beside-run=cancelled]")).toContainText(
      "Full refresh cancelled · data kept",
      {
        timeout: 20_000,
      },
    );
    await expect(row.locator('[data-cell="rows"]')).toContainText("20,000");
    await expect(row).not.toContainText("never");
    await expect(row.locator("time")).toHaveCount(1);

    await page.goto(`/projects/${PROJECT}/caches/${oneTime}`);
    await expect(page.locator('[data-copy="rows"]')).toHaveText("20,000");
    await expect(page.locator('[data-copy="last-sync"] time')).toBeVisible();
    await expect(page.locator('[data-copy="beside"]')).toHaveText("Full refresh cancelled · data kept");
  });

  test("run history stops saying Running within one poll of a cancel, and a later run appears", async ({
    browser,
    request,
  }) => {
    test.setTimeout(120_000);
    const page = await slow.pageAs(browser, "operator");
    await page.goto(`/projects/${PROJECT}/caches/${scheduled}`);
    const history = page.getByRole("region", { name: "Run history" });
    const rows = history.getByRole("row").filter({ has: page.locator("[data-status]") });
    await expect(rows.first()).toBeVisible();
    const before = await rows.count();

    await page.getByRole("button", { name: "Run full refresh now" }).click();
    await expect(runCard(page, "full").getByText("Running", { exact: true })).toBeVisible();
    await expect(rows.first().locator('[data-status="running"]')).toBeVisible({ timeout: 10_000 });

    await page.getByRole("button", { name: "Cancel full refresh" }).click();
    await expect(runCard(page, "full").getByText("Cancelled")).toBeVisible({ timeout: 15_000 });
    // The card and the history read the same poll: no 30 s wait for the history's own timer.
    await expect(rows.first().locator('[data-status="cancelled"]')).toBeVisible({ timeout: 2_500 });
    await expect(history.locator('[data-status="running"]')).toHaveCount(0);
    await partnerApi(request, slow.sandboxUrl).project(PROJECT).waitIdle(scheduled);

    await page.getByRole("button", { name: "Run incremental now" }).click();
    await expect(runCard(page, "incremental").getByText("Completed", { exact: true })).toBeVisible({
      timeout: 30_000,
    });
    await expect(rows).toHaveCount(Math.min(before + 2, 10), { timeout: 2_500 });
    await expect(rows.first()).toContainText("Incremental sync");
  });
});
