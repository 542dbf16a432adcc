import { expect, test } from "./fixtures";
import { cacheDirectly, PROJECT, wizardUrl } from "./wizard-helpers";

test.use({ viewport: { width: 390, height: 844 }, role: "operator" });

test("the result page fits a phone: the Apply button stays on one line and nothing is wider than the screen", async ({
  page,
  sandbox,
}) => {
  const table = { catalog: "payment", schema: "reporting", table: "daily_balances" };
  await sandbox.project(PROJECT).removeCachesOf("daily_balances");
  await page.goto(await wizardUrl(sandbox, "review", [table], "m=incremental&i=PT6H"));
  const create = page.getByRole("button", { name: /^Create cache$/ });
  await expect(create).toBeEnabled();
  // Another operator caches it meanwhile: the result offers to apply these schedules to that cache.
  await cacheDirectly(sandbox, table);
  await create.click();
  await expect(page.getByRole("heading", { name: "Result", level: 1 })).toBeVisible({ timeout: 30_000 });
  const apply = page.getByRole("button", { name: "Apply these schedules to it instead" });
  await expect(apply).toBeVisible();
  const box = await apply.boundingBox();
  const lineHeight = await apply.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight) || 20);
  expect(box?.height ?? 0, "the button wraps").toBeLessThanOrEqual(Math.max(lineHeight * 1.5, 34));
  expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(390);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, "page width").toBeLessThanOrEqual(390);
  // e2e/wizard-duplicates.spec.ts creates this table's cache itself.
  await sandbox.project(PROJECT).removeCachesOf("daily_balances");
});

test("on a phone the cadence preview comes before the Next button", async ({ page, sandbox }) => {
  await page.goto(
    await wizardUrl(
      sandbox,
      "schedules",
      [{ catalog: "payment", schema: "public", table: "charges" }],
      "m=full-and-incremental&i=PT6H&f=P1D",
    ),
  );
  const preview = page.getByRole("region", { name: /Refresh cadence/ });
  await expect(preview).toBeVisible();
  const next = page.getByRole("button", { name: "Next: review" });
  const [p, n] = await Promise.all([preview.boundingBox(), next.boundingBox()]);
  expect(p?.y ?? Infinity).toBeLessThan(n?.y ?? 0);
});
