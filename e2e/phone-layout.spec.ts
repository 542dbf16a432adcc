import type { Page } from "@playwright/test";

import { DEMO_USERS, expect, test } from "./fixtures";
import { PROJECT } from "./wizard-helpers";

// Tables become label/value cards on phones (components/ui/data-table.tsx): nothing may scroll sideways.
test.use({ viewport: { width: 390, height: 844 } });

const state = { cacheId: "" };

async function expectNoSidewaysScroll(page: Page, region: string) {
  const widths = await page.getByRole("region", { name: region }).evaluate((section) => {
    const overflowing = [section, ...section.querySelectorAll("*")].filter(
      (el) =>
        el.scrollWidth > el.clientWidth + 1 && ["auto", "scroll"].includes(getComputedStyle(el).overflowX),
    );
    return {
      page: document.documentElement.scrollWidth,
      viewport: window.innerWidth,
      overflowing: overflowing.map((el) => el.tagName),
    };
  });
  expect(widths.page, `${region}: page width`).toBeLessThanOrEqual(widths.viewport);
  expect(widths.overflowing, `${region}: boxes that scroll sideways`).toEqual([]);
}

test.describe.serial("phones (390 px)", () => {
  test.afterAll(async ({ sandbox }) => {
    if (state.cacheId) await sandbox.delete(`/data/projects/${PROJECT}/cache/${state.cacheId}`);
  });

  test("run history shows every figure of a run without scrolling sideways", async ({ pageAs, sandbox }) => {
    state.cacheId = await sandbox
      .project(PROJECT)
      .freshCache("payment", "public", "charges", { fullRefresh: "P1D" });
    const page = await pageAs("operator");
    await page.goto(`/projects/${PROJECT}/caches/${state.cacheId}`);
    const history = page.getByRole("region", { name: "Run history" });
    const run = history.getByRole("row").filter({ hasText: "Full refresh" }).first();
    await expect(run).toBeVisible();
    for (const label of ["Run", "Status", "Started", "Duration", "Cached", "Inserted / updated / deleted"]) {
      await expect(run.locator(`[data-label="${label}"]`), label).toBeVisible();
    }
    await expect(run.locator('[data-label="Cached"]')).toHaveText(/\d/);
    await expectNoSidewaysScroll(page, "Run history");
  });

  test("users keep their email on a phone", async ({ pageAs }) => {
    const page = await pageAs("admin");
    await page.goto("/users");
    const row = page.getByRole("row").filter({ hasText: DEMO_USERS.operator.name });
    const email = row.locator('[data-label="Email"]');
    await expect(email).toBeVisible();
    await expect(email).toHaveText(DEMO_USERS.operator.email);
    const width = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(width).toBeLessThanOrEqual(0);
  });
});
