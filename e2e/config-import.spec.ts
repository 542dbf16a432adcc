import { expect, test } from "./fixtures";
import { expectNoA11yViolations } from "./support/a11y";
import { shootThemesAndWidths as shoot } from "./support/screenshots";

// Issue 17: Export on the overview, and Import: choose a file, see the plan as a table, apply, results per item.
test.use({ role: "admin" });

test("export the overview's caches, import a changed file: plan table, apply, per-item results", async ({
  page,
  sandbox,
}) => {
  const project = sandbox.project("demoPrj2");
  const cacheId = await project.freshCache("marketing", "public", "campaigns", { fullRefresh: "P1D" });
  await page.goto("/projects/demoPrj2/caches");
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe("demoPrj2-caches.yaml");
  const text = await (await file.createReadStream()).toArray().then((c) => Buffer.concat(c).toString("utf8"));
  expect(text).toContain("table: campaigns");

  await page.getByRole("link", { name: "Import" }).click();
  await expect(page.getByRole("heading", { name: "Import caches" })).toBeVisible();
  const changed = text.replace("fullRefresh: P1D", "fullRefresh: PT12H");
  await page.getByLabel("Config file (YAML or JSON)").setInputFiles({
    name: "prod.yaml",
    mimeType: "application/yaml",
    buffer: Buffer.from(changed),
  });
  const row = page.locator("[data-plan-action=update]");
  await expect(row).toContainText("marketing.public.campaigns");
  await expect(row).toContainText("schedules.fullRefresh: P1D → PT12H");
  expect(await project.schedules(cacheId)).toEqual({ incremental: null, fullRefresh: "P1D" });
  await expectNoA11yViolations(page, { step: "import plan" });
  await shoot(page, "import-plan");

  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page.locator("[data-result=ok]")).toContainText("Updated schedules.fullRefresh");
  expect(await project.schedules(cacheId)).toEqual({ incremental: null, fullRefresh: "PT12H" });

  // A broken file names its line and field.
  await page.goto("/projects/demoPrj2/caches/import");
  await page.getByLabel("Config file (YAML or JSON)").setInputFiles({
    name: "bad.yaml",
    mimeType: "application/yaml",
    buffer: Buffer.from(
      "version: 1\ncaches:\n  - catalog: marketing\n    schema: public\n    table: campaigns\n    schedules: { incremental: soon, fullRefresh: null }\n",
    ),
  });
  const problem = page.locator("#config-problem");
  await expect(problem).toContainText("bad.yaml:6:31: caches[0].schedules.incremental");
});

test("the Tokens page creates a token shown once, lists it, and revokes it", async ({ page }) => {
  await page.goto("/tokens?project=demoPrj1");
  const name = `ui-${Date.now()}`;
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Role").selectOption("viewer");
  await page.getByRole("button", { name: "Create token" }).click();
  await expect(page.getByTestId("new-token")).toHaveText(/^cc_[0-9a-f]{12}_/);
  const row = page.locator("[data-token-id]", { hasText: name });
  await expect(row).toContainText("demoPrj1");
  await expectNoA11yViolations(page, { step: "tokens" });
  await shoot(page, "tokens");
  await row.getByRole("button", { name: `Revoke ${name}` }).click();
  await expect(row).toContainText("Revoked");
});
