import { expect, test } from "./fixtures";
import { stack } from "./stack";
import { partnerApi } from "./support/partner-api";
import { shootThemesAndWidths } from "./support/screenshots";
import { throttledStack } from "./throttled-stack";

// Issue 13: the overview with a running, a failed and a paused cache at once tells the truth, at 1280 and 390 px,
// light and dark (docs/screenshots/overview-states-*.png). The throttled sandbox keeps the full refresh running.
const PROJECT = "demoPrj1";
const ODD_SCHEMA = `emea/"nord" région`;
const ODD_TABLE = `kunden 顧客 / o'brien "vip" list`;
const slow = throttledStack();

test.beforeAll(async () => {
  test.setTimeout(120_000);
  await slow.start();
});
test.afterAll(() => slow.stop());

test("running, failed and paused caches side by side on the overview", async ({ browser, request }) => {
  test.setTimeout(120_000);
  const project = partnerApi(request, slow.sandboxUrl).project(PROJECT);
  for (const table of ["charges", "daily_balances", ODD_TABLE]) await project.removeCachesOf(table);
  const paused = await project.freshCache("crm", ODD_SCHEMA, ODD_TABLE, { incremental: "PT6H" });
  const payment = await project.catalogId("payment");
  const armed = await request.post(`${new URL(slow.sandboxUrl).origin}/sandbox/control/fail-next-run`, {
    headers: { authorization: `Bearer ${stack.partnerKey}` },
    data: {
      projectId: PROJECT,
      catalogId: payment,
      schemaName: "reporting",
      tableName: "daily_balances",
      message: "Source timed out",
    },
  });
  expect(armed.status()).toBe(200);
  const failed = await project.create(
    { catalogId: payment, schemaName: "reporting", tableName: "daily_balances" },
    { fullRefresh: "P1D" },
  );
  await project.waitIdle(failed);
  // 60,000 rows at about 1,000 a second: running for the rest of the test.
  const running = await project.create(
    { catalogId: payment, schemaName: "public", tableName: "charges" },
    { fullRefresh: "P1D" },
  );

  const page = await slow.pageAs(browser, "operator");
  await page.goto(`/projects/${PROJECT}/caches/${paused}`);
  await page.getByRole("button", { name: "Pause schedules" }).click();
  await expect(page.locator('[data-status="paused"]')).toBeVisible({ timeout: 15_000 });

  await page.goto(`/projects/${PROJECT}/caches`);
  await expect(page.locator(`[data-cache-id="${running}"]`)).toContainText(/running/i);
  await expect(page.locator(`[data-cache-id="${failed}"]`)).toContainText(/failed/i);
  await expect(page.locator(`[data-cache-id="${paused}"]`)).toContainText("Paused");
  await shootThemesAndWidths(page, "overview-states", { noOverflow: true });
});
