import type { Page } from "@playwright/test";

import { expect, test } from "./fixtures";
import { cachesFor } from "./wizard-helpers";

test.use({ role: "operator" });

async function tabTo(page: Page, matches: () => Promise<boolean>, limit = 60): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    if (await matches()) return;
  }
  throw new Error("Tab never reached the expected control");
}

const focused = (page: Page, selector: string) => () =>
  page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);
const focusedText = (page: Page, text: string) => () =>
  page.evaluate((t) => (document.activeElement?.textContent ?? "").trim() === t, text);

test("the whole wizard works with the keyboard alone", async ({ page, sandbox }) => {
  await page.goto("/projects/demoPrj1/caches/new/tables");
  await expect(page.getByRole("heading", { name: "Choose tables" })).toBeVisible();

  await tabTo(page, focused(page, "#wizard-catalog"));
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await expect(page.getByLabel("Catalog")).toHaveValue(/\d+/);
  await expect(page.locator("#wizard-catalog option:checked")).toHaveText("CRM");
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Schema")).toBeEnabled();
  await expect(page.locator("#wizard-schema option", { hasText: "sales" })).toHaveCount(1);
  await page.keyboard.type("sales");
  await expect(page.getByLabel("Schema")).toHaveValue("sales");

  await tabTo(page, focused(page, "#wizard-filter"));
  await page.keyboard.type("contacts");
  await tabTo(page, focused(page, "input[type=checkbox]"));
  await page.keyboard.press("Space");
  await expect(page.getByRole("checkbox", { name: "contacts", exact: true })).toBeChecked();
  await tabTo(page, focusedText(page, "Next: choose mode"));
  await page.keyboard.press("Enter");

  await expect(page.getByRole("heading", { name: "Choose how caches refresh" })).toBeVisible();
  await tabTo(page, focused(page, "input[type=radio]"));
  await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("radio", { name: "Incremental on a schedule" })).toBeChecked();
  await tabTo(page, focusedText(page, "Next: schedules"));
  await page.keyboard.press("Enter");

  await expect(page.getByRole("heading", { name: "Set the schedules" })).toBeVisible();
  await tabTo(page, focused(page, "input[name=incremental]"));
  await page.keyboard.type("2h");
  await page.keyboard.press("Enter");

  await expect(page.getByRole("heading", { name: "Review and create" })).toBeVisible();
  await tabTo(page, focusedText(page, "Create cache"));
  await page.keyboard.press("Enter");
  await expect(page.locator("[data-outcome=created]")).toContainText("crm.sales.contacts");
  expect(await cachesFor(sandbox, "contacts")).toHaveLength(1);
});
