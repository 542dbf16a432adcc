import { DEMO_USERS, expect, test } from "./fixtures";

const PROJECT = "demoPrj1";

test.describe.serial("audit log", () => {
  const state = { cacheId: "" };

  test.afterAll(async ({ sandbox }) => {
    if (state.cacheId) await sandbox.project(PROJECT).remove(state.cacheId);
  });

  test("names the table of a cache operation, not its id, and filters by actor, action, target and time", async ({
    pageAs,
    sandbox,
  }) => {
    state.cacheId = await sandbox.project(PROJECT).freshCache("payment", "public", "refunds", {
      fullRefresh: "P1D",
    });
    const operator = await pageAs("operator");
    await operator.goto(`/projects/${PROJECT}/caches/${state.cacheId}`);
    await operator.getByRole("button", { name: "Run full refresh now" }).click();
    // The action's toast: it is audited by then. (The button's own text matched the /full refresh/ this waited
    // for before, so the audit page sometimes opened before the entry, and had no operator to filter by.)
    await expect(operator.locator("[data-sonner-toast]").first()).toBeVisible();

    const page = await pageAs("admin");
    await page.goto("/audit");
    const filters = page.getByRole("form", { name: "Filter the audit log" });
    await filters.getByLabel("Actor").selectOption(DEMO_USERS.operator.email);
    await filters.getByLabel("Action").selectOption("cache.run-full-refresh");
    await filters.getByLabel("Target contains").fill("REFUNDS");
    await filters.getByRole("button", { name: "Apply" }).click();
    const rows = page.getByRole("row").filter({ hasText: "cache.run-full-refresh" });
    await expect(rows.first()).toContainText("payment.public.refunds");
    await expect(rows.first()).toContainText(DEMO_USERS.operator.email);
    await expect(rows.first()).toContainText("UTC");
    await expect(page.locator('[data-label="Target"]').filter({ hasText: state.cacheId })).toHaveCount(0);
    for (const row of await page
      .getByRole("row")
      .filter({ has: page.locator("td") })
      .all()) {
      await expect(row).toContainText(DEMO_USERS.operator.email);
      await expect(row).toContainText("refunds");
    }

    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    await filters.getByLabel("From (UTC day)").fill(tomorrow);
    await filters.getByRole("button", { name: "Apply" }).click();
    await expect(page.getByRole("heading", { name: "No entries match these filters" })).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`from=${tomorrow}`));
  });

  test("exports the filtered log as CSV, to admins only", async ({ pageAs, playwright }) => {
    const anonymous = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
    expect((await anonymous.get("/api/audit/export")).status()).toBe(401);
    await anonymous.dispose();

    const viewer = await pageAs("viewer");
    expect((await viewer.request.get("/api/audit/export")).status()).toBe(403);

    const page = await pageAs("admin");
    await page.goto(`/audit?action=cache.run-full-refresh&target=refunds`);
    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "Export CSV" }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^audit-log-\d{4}-\d{2}-\d{2}\.csv$/);
    const response = await page.request.get("/api/audit/export?action=cache.run-full-refresh&target=refunds");
    expect(response.headers()["content-type"]).toContain("text/csv");
    const lines = (await response.text()).trim().split("\r\n");
    expect(lines[0]).toBe("time (UTC),actor,role,action,outcome,project,target,detail,request");
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines.slice(1)) {
      expect(line).toContain("cache.run-full-refresh");
      expect(line).toContain("payment.public.refunds");
    }
  });
});
