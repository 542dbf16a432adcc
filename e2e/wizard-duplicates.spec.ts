import { expect, test } from "./fixtures";
import { cacheDirectly, cachesFor, wizard, wizardUrl } from "./wizard-helpers";

test.use({ role: "operator" });

const ODD_SCHEMA = `emea/"nord" région`;
const ODD_TABLE = `kunden 顧客 / o'brien "vip" list`;

test("a mixed batch: non-cacheable and already-cached tables are caught, a race inside the batch reads as a duplicate", async ({
  page,
  sandbox,
}) => {
  await cacheDirectly(sandbox, { catalog: "payment", schema: "public", table: "subscriptions" });
  const link = await wizardUrl(sandbox, "mode", [
    { catalog: "crm", schema: "sales", table: "deals" },
    { catalog: "crm", schema: ODD_SCHEMA, table: ODD_TABLE },
    { catalog: "crm", schema: "sales", table: "contact_lookup" },
    { catalog: "payment", schema: "public", table: "subscriptions" },
  ]);
  await page.goto(link);
  await wizard(page).chooseMode("Full refresh + incremental");
  const mixed = page.getByRole("region", { name: /1 table cannot use/ });
  await expect(mixed).toContainText("contact_lookup");
  await expect(mixed).toContainText("supports no caching");
  await mixed.getByRole("button", { name: "Drop this table" }).click();
  await wizard(page).toSchedules();
  await page.getByLabel("Full refresh every", { exact: true }).fill("P1D");
  await page.getByLabel("Incremental sync every", { exact: true }).fill("PT6H");
  await wizard(page).toReview();

  const stopped = page.getByRole("alert").filter({ hasText: "already exists" });
  await expect(stopped).toContainText("A cache for payment.public.subscriptions already exists.");
  await expect(stopped.getByRole("link", { name: "Open the existing cache" })).toBeVisible();
  await expect(page.getByRole("button", { name: /^Create/ })).toBeDisabled();
  await stopped.getByRole("button", { name: "Remove it from this request" }).click();
  await expect(page.getByText("POST /data/projects/demoPrj1/cache/batch", { exact: true })).toBeVisible();

  // Another operator caches one of the tables while this one is still reviewing.
  await cacheDirectly(sandbox, { catalog: "crm", schema: ODD_SCHEMA, table: ODD_TABLE });
  await wizard(page).create(/^Create 2 caches$/);

  await expect(page.locator("[data-outcome=created]")).toContainText("crm.sales.deals");
  const duplicate = page.locator("[data-outcome=exists]");
  await expect(duplicate).toContainText(`A cache for crm.${ODD_SCHEMA}.${ODD_TABLE} already exists.`);
  await expect(duplicate.getByRole("link", { name: /Open the existing cache/ })).toBeVisible();
  await duplicate.getByRole("button", { name: /Apply these schedules to it instead/ }).click();
  await expect(duplicate.getByRole("status")).toContainText("Applied");
  expect(await cachesFor(sandbox, ODD_TABLE)).toHaveLength(1);
  expect(await cachesFor(sandbox, "deals")).toHaveLength(1);
});

test("two operators racing for payment.customers get one cache and one clear duplicate message", async ({
  pageAs,
  sandbox,
}) => {
  const link = await wizardUrl(
    sandbox,
    "review",
    [{ catalog: "payment", schema: "public", table: "customers" }],
    "m=one-time",
  );
  // Two people: two sessions of their own.
  const pages = [
    await pageAs("operator", { ownSession: true }),
    await pageAs("operator", { ownSession: true }),
  ];
  for (const page of pages) {
    await page.goto(link);
    await expect(page.getByRole("button", { name: "Create cache" })).toBeEnabled();
  }
  await Promise.all(pages.map((page) => page.getByRole("button", { name: "Create cache" }).click()));
  for (const page of pages)
    await expect(page.getByRole("heading", { name: "Result", level: 1 })).toBeVisible({ timeout: 30_000 });

  const outcomes = await Promise.all(
    pages.map((page) => page.locator("[data-outcome]").getAttribute("data-outcome")),
  );
  expect([...outcomes].sort()).toEqual(["created", "exists"]);
  const loser = pages[outcomes.indexOf("exists")];
  await expect(loser!.locator("[data-outcome=exists]")).toContainText(
    "A cache for payment.public.customers already exists.",
  );
  await expect(loser!.getByRole("link", { name: /Open the existing cache/ })).toBeVisible();
  expect(await cachesFor(sandbox, "customers")).toHaveLength(1);
});

test("a double click and a reload of the result never create a second cache", async ({ page, sandbox }) => {
  await page.goto(
    await wizardUrl(
      sandbox,
      "review",
      [{ catalog: "payment", schema: "reporting", table: "daily_balances" }],
      "m=one-time",
    ),
  );
  const create = page.getByRole("button", { name: "Create cache" });
  await create.dblclick();
  await expect(page.getByRole("heading", { name: "Result", level: 1 })).toBeVisible({ timeout: 30_000 });
  await page.reload();
  await expect(page.locator("[data-outcome=created]")).toContainText("payment.reporting.daily_balances");
  await page.goBack();
  await expect(page.getByRole("heading", { name: "Review and create" })).toBeVisible();
  await expect(page.getByText("You already sent this request")).toBeVisible();
  await expect(page.getByRole("button", { name: "Create cache" })).toBeDisabled();
  await page.getByRole("link", { name: "See its result" }).click();
  await expect(page.locator("[data-outcome=created]")).toContainText("payment.reporting.daily_balances");
  expect(await cachesFor(sandbox, "daily_balances")).toHaveLength(1);
});
