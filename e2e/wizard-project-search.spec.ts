import type { Page } from "@playwright/test";

import { expect, test } from "./fixtures";
import { PROJECT } from "./wizard-helpers";

test.use({ viewport: { width: 390, height: 844 }, role: "operator" });

test.beforeEach(async ({ page }) => {
  await page.goto(`/projects/${PROJECT}/caches/new/tables`);
});

const search = (page: Page) => page.getByLabel("Search the whole project");
const results = (page: Page) => page.getByRole("list", { name: "Search results" });

test("a search for région finds the schema by its name and opens it", async ({ page }) => {
  await search(page).fill("région");
  const hit = results(page).getByRole("button", { name: /crm\.emea\/"nord" région/ });
  await expect(hit).toContainText("Schema: browse its tables");
  await expect(page.getByText("0 matching tables and 1 matching schema or catalog")).toBeVisible();
  await hit.click();
  await expect(page.getByLabel("Schema")).toHaveValue(`emea/"nord" région`);
});

test("each table hit says whether it can be cached, with the right plural", async ({ page }) => {
  await search(page).fill("contact_lookup");
  await expect(page.getByText("1 matching table", { exact: true })).toBeVisible();
  await expect(results(page).getByRole("button", { name: /crm\.sales\.contact_lookup/ })).toContainText(
    "Needs query parameters (_q_ columns), so it cannot be cached",
  );
  await search(page).fill("refunds");
  await expect(results(page).getByRole("button", { name: /^payment\.public\.refunds/ })).toContainText(
    /Can be cached|Already cached/,
  );
});

test("more than 50 hits are one click away", async ({ page }) => {
  await search(page).fill("payouts");
  await expect(page.getByText("50 matching tables so far")).toBeVisible();
  await expect(results(page).getByRole("listitem")).toHaveCount(50);
  await page.getByRole("button", { name: "Show more results" }).click();
  await expect(results(page).getByRole("listitem")).toHaveCount(100);
});

test("long table names in the list can be read in full", async ({ page }) => {
  await page.getByLabel("Catalog").selectOption({ label: "CRM" });
  // The odd schema's long name, and sales, where a table that cannot be cached carries its reason beside it.
  for (const schema of [`emea/"nord" région`, "sales"]) {
    await page.getByLabel("Schema").selectOption(schema);
    const labels = page.getByRole("group", { name: `Tables in ${schema}` }).locator("label");
    await expect(labels.first()).toBeVisible();
    for (const label of await labels.all()) {
      const shown = await label.evaluate((el) => ({
        clipped: el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1,
        title: el.getAttribute("title"),
        text: el.textContent,
      }));
      expect(!shown.clipped || shown.title === shown.text, `${shown.text} is clipped with no title`).toBe(
        true,
      );
    }
  }
});
