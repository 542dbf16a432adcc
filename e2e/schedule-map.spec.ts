import type { Page } from "@playwright/test";

import { expect, test } from "./fixtures";
import { expectNoA11yViolations } from "./support/a11y";

// Issue 16: a project whose full refreshes were all set at the same moment piles them up; the map names it, the
// cells are reachable by keyboard, the table lists the caches and a move's preview changes the map.
const PROJECT = "demoPrj1";
const PILE = [
  ["payment", "public", "customers"],
  ["payment", "public", "invoices"],
  ["payment", "public", "refunds"],
  ["payment", "public", "subscriptions"],
  ["payment", "reporting", "daily_balances"],
] as const;
const SPREAD = [
  ["crm", "sales", "companies", { incremental: "PT1H" }],
  ["crm", "sales", "contacts", { incremental: "PT90M" }],
  ["crm", "sales", "deals", { incremental: "PT45M", fullRefresh: "P1D" }],
  ["payment", "public", "charges", { incremental: "PT3H" }],
] as const;

test.use({ role: "operator" });

async function shoot(page: Page) {
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      // The shell's header is fixed: a full-page shot taken while scrolled would draw it mid-page.
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: `docs/screenshots/schedule-map-${width}-${scheme}.png`, fullPage: true });
    }
  }
  await page.emulateMedia({ colorScheme: "light" });
  await page.setViewportSize({ width: 1280, height: 900 });
}

test.describe.serial("schedule map", () => {
  const ids: string[] = [];

  test.beforeAll(async ({ sandbox }) => {
    const project = sandbox.project(PROJECT);
    for (const [, schema, table] of PILE) await project.removeCachesOf(table, schema);
    for (const [, schema, table] of SPREAD) await project.removeCachesOf(table, schema);
    // Set together, so each PT12H full refresh comes due at the same moment.
    for (const [catalog, schemaName, tableName] of PILE) {
      const catalogId = await project.catalogId(catalog);
      ids.push(await project.create({ catalogId, schemaName, tableName }, { fullRefresh: "PT12H" }));
    }
    for (const [catalog, schemaName, tableName, schedules] of SPREAD) {
      const catalogId = await project.catalogId(catalog);
      ids.push(await project.create({ catalogId, schemaName, tableName }, schedules));
    }
    for (const id of ids) await project.waitIdle(id);
  });

  test.afterAll(async ({ sandbox }) => {
    for (const id of ids) await sandbox.project(PROJECT).remove(id);
  });

  test("names the pile-up, moves by keyboard, lists the caches, previews and schedules a move", async ({
    page,
  }) => {
    await page.goto(`/projects/${PROJECT}/schedule`);
    await expect(page.getByRole("heading", { name: "Schedule map" })).toBeVisible();
    await expect(page.getByText("Estimate", { exact: true })).toBeVisible();
    const pile = page.getByRole("button", {
      name: /^5 full refreshes start within 10 minutes of \d\d:\d\d UTC$/,
    });
    await expect(pile).toBeVisible();

    // Keyboard: one cell in the tab order, arrows move it.
    const grid = page.getByRole("grid");
    const current = grid.locator('[role="gridcell"][tabindex="0"]');
    await current.focus();
    const start = Number(await current.getAttribute("data-cell"));
    await page.keyboard.press("ArrowRight");
    await expect(page.locator(":focus")).toHaveAttribute("data-cell", String(start + 1));
    await page.keyboard.press("ArrowDown");
    await expect(page.locator(":focus")).toHaveAttribute("data-cell", String(start + 7));
    await expect(grid.locator('[tabindex="0"]')).toHaveCount(1);
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 2, name: /UTC: / })).toBeVisible();

    await pile.click();
    const list = page.getByRole("list").filter({ hasText: "payment.public.customers" });
    for (const [, schema, table] of PILE)
      await expect(list.getByRole("link", { name: `payment.${schema}.${table}` })).toBeVisible();
    await expectNoA11yViolations(page, { step: "schedule map with a pile-up selected" });
    await page.emulateMedia({ colorScheme: "dark" });
    await expectNoA11yViolations(page, { step: "schedule map, dark" });
    await page.emulateMedia({ colorScheme: "light" });
    await shoot(page);

    // The pile-up's cells before and after the preview.
    const marked = await grid
      .locator('[role="gridcell"].ring-warning')
      .evaluateAll((cells) => cells.map((c) => Number(c.getAttribute("data-cell"))));
    const sumOf = async () => {
      let sum = 0;
      for (const index of marked)
        sum += Number(await grid.locator(`[data-cell="${index}"]`).getAttribute("data-value"));
      return sum;
    };
    const before = await sumOf();
    expect(before).toBeGreaterThanOrEqual(5);
    await page.getByRole("button", { name: "Move… payment.public.customers" }).click();
    // Six hours from now: applied then, it first runs 18 hours from now, well away from the pile-up 12 hours out.
    const sixHours = new Date(Date.now() + 6 * 3_600_000).toISOString().slice(11, 16);
    await page.getByLabel("Start at (UTC)").fill(sixHours);
    await expect(
      page.getByText(/^Re-apply its schedules at .* UTC: its full refresh then runs from/),
    ).toBeVisible();
    await page.getByRole("button", { name: "Preview on the map" }).click();
    await expect(page.getByText("Preview: with the move")).toBeVisible();
    await expect.poll(sumOf).toBe(before - 1);
    await expect(
      page.getByRole("button", { name: /^4 full refreshes start within 10 minutes/ }),
    ).toBeVisible();

    await page.getByRole("button", { name: "Schedule the move" }).click();
    const moves = page.getByRole("table", { name: "Schedule moves" });
    await expect(moves.getByText("Pending", { exact: true })).toBeVisible();
    await moves.getByRole("button", { name: "Cancel the move of payment.public.customers" }).click();
    await expect(moves.getByText("Cancelled", { exact: true })).toBeVisible();

    // The table view, kept in the URL.
    await page.getByLabel("Show as a table").check();
    await expect(page).toHaveURL(/[?&]as=table/);
    const table = page.getByRole("table", { name: "Runs per time slot" });
    await expect(table.getByText(/payment\.public\.customers/).first()).toBeVisible();
    await page.getByLabel("Filter by catalog").selectOption({ label: "crm" });
    await expect(page).toHaveURL(/catalog=/);
    await expect(table.getByText(/payment\.public\.customers/)).toHaveCount(0);
    await expect(table.getByText(/crm\.sales\.deals/).first()).toBeVisible();
  });
});
