import { expect, test } from "./fixtures";
import { expectNoA11yViolations } from "./support/a11y";
import { PROJECT, cachesFor, expectCompletedOnOverview, wizard } from "./wizard-helpers";

test.use({ role: "operator" });

test("full refresh daily + incremental every 6 hours on payment.invoices, with the timeline before submit", async ({
  page,
  sandbox,
}) => {
  // The longest spec: five axe scans, a whole wizard run and a wait of up to 60 s for the first sync.
  test.slow();
  const w = wizard(page);
  await w.openTables();
  await w.browse("Payment", "public");
  await expectNoA11yViolations(page, { step: "tables" });
  await w.pick("invoices");
  await w.toMode();
  await w.chooseMode("Full refresh + incremental");
  await expectNoA11yViolations(page, { step: "mode" });
  await w.toSchedules();

  await page.getByLabel("Full refresh every", { exact: true }).fill("daily");
  await page.getByLabel("Incremental sync every", { exact: true }).fill("every 6 hours");
  await expect(page.getByText("PT6H · every 6 hours")).toBeVisible();
  const timeline = page.getByRole("img", { name: /Timeline of the next 24 hours/ });
  await expect(timeline).toHaveAttribute("aria-label", /1 full refreshes and 3 incremental syncs/);
  await expect(page.getByRole("heading", { name: "Next 5 runs" })).toBeVisible();
  await expect(page.getByText("(estimate)")).toBeVisible();
  await page.getByRole("button", { name: "Next 7 days" }).click();
  await expect(page.getByRole("img", { name: /Timeline of the next 7 days/ })).toHaveAttribute(
    "aria-label",
    /7 full refreshes and 21 incremental syncs/,
  );
  await expectNoA11yViolations(page, { step: "schedules" });

  await w.toReview();
  await expect(page.getByRole("cell", { name: "Full refresh + incremental" })).toBeVisible();
  const body = page.getByLabel("Request body (JSON)");
  await expect(body).toContainText('"expression": "P1D"');
  await expect(body).toContainText('"expression": "PT6H"');
  await expect(page.getByText("POST /data/projects/demoPrj1/cache", { exact: true })).toBeVisible();
  await expectNoA11yViolations(page, { step: "review" });

  // A reload keeps every choice: the URL is the wizard's state.
  await page.reload();
  await expect(page.getByLabel("Request body (JSON)")).toContainText('"tableName": "invoices"');

  await w.create(/^Create cache$/);
  await expect(page.locator("[data-outcome=created]")).toContainText("payment.public.invoices");
  await expectNoA11yViolations(page, { step: "result" });
  expect(await cachesFor(sandbox, "invoices")).toHaveLength(1);

  await expectCompletedOnOverview(page, { catalog: "payment", schema: "public", table: "invoices" });

  // Trying the same table again is stopped before submit.
  await w.openTables();
  await w.browse("Payment", "public");
  await page.getByLabel("Filter tables in").fill("invoices");
  await expect(page.getByRole("checkbox", { name: "invoices", exact: true })).toBeDisabled();
  await expect(page.getByRole("link", { name: /Already cached \(invoices\)/ })).toBeVisible();
});

test("incremental on a schedule: crm companies", async ({ page, sandbox }) => {
  const w = wizard(page);
  await w.openTables();
  await w.browse("CRM", "sales");
  await w.pick("companies");
  await w.toMode();
  await w.chooseMode("Incremental on a schedule");
  await w.toSchedules();
  await expect(page.getByLabel("Full refresh every", { exact: true })).toHaveCount(0);
  await page
    .getByRole("group", { name: "Incremental sync every: presets" })
    .getByRole("button", { name: "30 min" })
    .click();
  await expect(page.getByLabel("Incremental sync every", { exact: true })).toHaveValue("PT30M");
  await w.toReview();
  await expect(page.getByLabel("Request body (JSON)")).not.toContainText("fullRefreshCacheSchedule");
  await w.create(/^Create cache$/);
  await expect(page.locator("[data-outcome=created]")).toContainText("crm.sales.companies");
  expect(await cachesFor(sandbox, "companies")).toHaveLength(1);
  await expectCompletedOnOverview(page, { catalog: "crm", schema: "sales", table: "companies" });
});

test("one-time copy: payment refunds skips the schedules step", async ({ page, sandbox }) => {
  // Other specs cache refunds too (cache detail, audit log); one left behind by a failed run must not block this.
  await sandbox.project(PROJECT).removeCachesOf("refunds", "public");
  const w = wizard(page);
  await w.openTables();
  await w.browse("Payment", "public");
  await w.pick("refunds");
  await w.toMode();
  await w.chooseMode("One-time copy");
  await page.getByRole("link", { name: "Next: review" }).click();
  await expect(page.getByRole("heading", { name: "Review and create" })).toBeVisible();
  await expect(page.getByLabel("Request body (JSON)")).not.toContainText("Schedule");
  await w.create(/^Create cache$/);
  await expect(page.locator("[data-outcome=created]")).toContainText("payment.public.refunds");
  expect(await cachesFor(sandbox, "refunds")).toHaveLength(1);
  await expectCompletedOnOverview(
    page,
    { catalog: "payment", schema: "public", table: "refunds" },
    /One-time copy · \d+ s old/,
  );
  await expect(page.getByRole("row").filter({ hasText: ".refunds" })).not.toContainText("Up to date");
});
