import type { Page } from "@playwright/test";

import { expect, test } from "./fixtures";
import { expectNoA11yViolations } from "./support/a11y";
import { shoot } from "./support/screenshots";
import { partnerApi } from "./support/partner-api";
import { throttledStack } from "./throttled-stack";

// Issue 14: a paused cache crosses its warn and then its error line, and the overview shows it.
const PROJECT = "demoPrj1";
const slow = throttledStack();

type Run = { status: string; finishedAt?: string | null; updatedAt: string };

/** Works the share of time below the warn line (20 s) out by hand from the sandbox's history. */
async function expectComplianceMatchesHistory(
  page: Page,
  api: ReturnType<typeof partnerApi>,
  cacheId: string,
) {
  const history = await api.get<Run[]>(
    `/data/projects/${PROJECT}/cache/${cacheId}/executionHistory?limit=100`,
  );
  const ends = history
    .filter((r) => r.status === "COMPLETED")
    .map((r) => Date.parse(r.finishedAt ?? r.updatedAt))
    .sort((a, b) => a - b);
  expect(ends.length).toBeGreaterThanOrEqual(2);
  const shareAt = (t: number) => {
    let fresh = 0;
    for (let i = 0; i < ends.length; i++) fresh += Math.min((ends[i + 1] ?? t) - (ends[i] ?? t), 20_000);
    return (Math.floor((fresh / (t - (ends[0] ?? t))) * 1000) / 10).toFixed(1);
  };
  const text = (await page.locator("[data-compliance]").textContent()) ?? "";
  const shown = /Fresh ([\d.]+)%/.exec(text)?.[1];
  // The page redraws every 30 s: the figure is the one for this slot or the one before.
  const slot = Math.floor(Date.now() / 30_000) * 30_000;
  expect([shareAt(slot), shareAt(slot - 30_000), shareAt(slot + 30_000)]).toContain(shown);
}

test.describe.serial("freshness targets", () => {
  let cacheId = "";

  test.beforeAll(async ({ request }) => {
    test.setTimeout(180_000);
    await slow.start();
    cacheId = await partnerApi(request, slow.sandboxUrl)
      .project(PROJECT)
      .freshCache("payment", "public", "refunds", { incremental: "PT6H" });
  });

  test.afterAll(() => slow.stop());

  test("a paused cache crosses its warn and then its error line on the overview", async ({
    browser,
    request,
  }) => {
    test.setTimeout(180_000);
    const page = await slow.pageAs(browser, "operator");
    await page.goto(`/projects/${PROJECT}/caches/${cacheId}`);
    const card = page.getByRole("region", { name: "Freshness", exact: true });
    await expect(card.locator("[data-target-source]")).toHaveAttribute("data-target-source", "derived");
    await expect(card).toContainText("warn 12 h · error 1 d");

    await card.getByRole("button", { name: "Freshness target" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("Warn after").fill("PT1M");
    await dialog.getByLabel("Error after").fill("PT30S");
    await dialog.getByRole("button", { name: "Save target" }).click();
    await expect(dialog).toContainText("make 'error after' longer than 'warn after'");
    await dialog.getByLabel("Warn after").fill("PT20S");
    await dialog.getByLabel("Error after").fill("PT40S");
    await dialog.getByRole("button", { name: "Save target" }).click();
    await expect(dialog).toBeHidden();
    await expect(card.locator("[data-target-source]")).toHaveAttribute("data-target-source", "cache", {
      timeout: 15_000,
    });

    // A second success, so the curve has a tooth before the pause.
    await page.getByRole("button", { name: "Run incremental now" }).click();
    await expect(
      page.getByRole("region", { name: "Run history" }).locator('[data-status="completed"]'),
    ).toHaveCount(2, {
      timeout: 30_000,
    });
    await page.getByRole("button", { name: "Pause schedules" }).click();
    await expect(page.locator('[data-status="paused"]')).toContainText(/Paused · \d+ s old/, {
      timeout: 15_000,
    });
    await expect(page.getByText("Up to date")).toHaveCount(0);

    await page.goto(`/projects/${PROJECT}/caches?sort=staleness`);
    const row = page.locator(`[data-cache-id="${cacheId}"]`);
    await expect(row).toContainText("Target: warn 20 s · error 40 s");
    await expect(row.locator("[data-freshness]")).toHaveAttribute("data-freshness", /fresh|warn/);
    await expect(row.locator("[data-freshness]")).toHaveAttribute("data-freshness", "warn", {
      timeout: 40_000,
    });
    await expect(row.locator("[data-freshness]")).toHaveAttribute("data-freshness", "error", {
      timeout: 40_000,
    });
    await expect(page.getByRole("heading", { name: "Caches" }).locator("..")).toContainText("1 stale", {
      timeout: 35_000,
    });
    await page.goto(`/projects/${PROJECT}/caches?fresh=error`);
    await expect(page.locator("[data-cache-id]")).toHaveCount(1);
    await expect(page.locator("[data-cache-id]")).toHaveAttribute("data-cache-id", cacheId);
    await expectNoA11yViolations(page);
    await page.goto(`/projects/${PROJECT}/caches`);
    await expect(row).toBeVisible();
    await shoot(page, "overview");
    await page.goto(`/projects/${PROJECT}/caches/${cacheId}`);
    await expect(page.getByRole("region", { name: "Freshness", exact: true })).toBeVisible();
    await expect(page.getByRole("figure", { name: "Data age" }).locator("canvas")).toBeVisible();
    await expectComplianceMatchesHistory(page, partnerApi(request, slow.sandboxUrl), cacheId);
    await expectNoA11yViolations(page);
    await shoot(page, "detail");
  });
});
