import { expect, test } from "./fixtures";
import { expectNoA11yViolations } from "./support/a11y";
import type { SandboxCache, SandboxCatalog } from "./support/partner-api";

// Project 2 is this spec's own: other specs create caches in project 1.
const PROJECT = "demoPrj2";
const P = `/data/projects/${PROJECT}`;

test.use({ role: "viewer" });

test("the overview goes from empty to filled and follows syncs without a reload", async ({
  pageAs,
  sandbox: api,
}) => {
  for (const cache of await api.get<SandboxCache[]>(`${P}/cache/status`)) {
    await api.delete(`${P}/cache/${cache.id}`);
  }
  const catalogs = await api.get<SandboxCatalog[]>(`${P}/catalogs`);
  const marketing = catalogs.find((c) => c.name === "marketing");
  expect(marketing).toBeDefined();

  const page = await pageAs("operator");
  await page.goto(`/projects/${PROJECT}/caches`);
  await expect(page.getByRole("heading", { name: "No caches in this project yet" })).toBeVisible();
  await expect(page.getByRole("main").getByRole("link", { name: "New cache" }).first()).toHaveAttribute(
    "href",
    `/projects/${PROJECT}/caches/new`,
  );

  await api.post(`${P}/cache`, {
    catalogId: marketing?.id,
    schemaName: "public",
    tableName: "campaigns",
    incrementalCacheSchedule: { type: "BASIC", expression: "PT6H" },
    fullRefreshCacheSchedule: { type: "BASIC", expression: "P1D" },
  });

  const row = page.getByRole("row").filter({ hasText: "campaigns" });
  await expect(row).toBeVisible({ timeout: 30_000 });
  await expect(row).toContainText("marketing.public.campaigns");
  await expect(row).toContainText("Full + incremental");
  await expect(row).toContainText("incremental every 6 hours, full refresh every day");
  await expect(row.getByText("Up to date")).toBeVisible({ timeout: 30_000 });
  const lastSync = row.locator("time");
  const firstSync = await lastSync.getAttribute("datetime");
  expect(firstSync).toBeTruthy();
  await expect(lastSync).toHaveAttribute("title", /\d{4}|\d{1,2}:\d{2}/);

  const [cache] = await api.get<SandboxCache[]>(`${P}/cache/status`);
  await api.post(`${P}/cache/${cache?.id ?? "missing"}/fullRefreshUpdate`);
  await expect.poll(async () => lastSync.getAttribute("datetime"), { timeout: 30_000 }).not.toBe(firstSync);
  await expect(row.getByText("Up to date")).toBeVisible();
  await expectNoA11yViolations(page);

  await row.getByRole("link").click();
  await expect(page).toHaveURL(new RegExp(`/projects/${PROJECT}/caches/${cache?.id ?? "missing"}$`));
});

test("filters, search and sort live in the URL", async ({ page }) => {
  await page.goto(`/projects/${PROJECT}/caches?q=campaigns&status=completed&sort=rows&dir=desc`);
  await expect(page.getByLabel("Search caches")).toHaveValue("campaigns");
  await expect(page.getByRole("combobox", { name: "Filter by status" })).toHaveValue("completed");
  await expect(page.getByRole("combobox", { name: "Sort by" })).toHaveValue("rows");
  await page.getByLabel("Search caches").fill("no-such-table");
  await expect(page).toHaveURL(/q=no-such-table/);
  await expect(page.getByRole("heading", { name: "No caches match these filters" })).toBeVisible();
  await page.getByRole("button", { name: "Clear filters" }).click();
  await expect(page).toHaveURL(new RegExp(`/projects/${PROJECT}/caches$`));
});

test("the viewer sees the overview but no New cache button", async ({ page }) => {
  await page.goto(`/projects/${PROJECT}/caches`);
  await expect(page.getByRole("heading", { name: "Caches", level: 1 })).toBeVisible();
  await expect(page.getByRole("link", { name: "New cache" })).toHaveCount(0);
});

test("an unknown project shows not found, and the picker lists the sandbox projects", async ({ page }) => {
  const response = await page.goto("/projects/noSuchPr/caches");
  expect(response?.status()).toBe(404);
  await page.goto("/projects");
  await expect(page.getByRole("heading", { name: "Demo Organization" })).toBeVisible();
  await expect(page.getByRole("link", { name: /Payments Demo/ })).toBeVisible();
  await expect(page.getByRole("link", { name: /Marketing Demo/ })).toBeVisible();
});
