import { expect, test } from "@playwright/test";

import { sandboxApi, signIn } from "./fixtures";
import { cacheDirectly, cachesFor, PROJECT, wizardUrl } from "./wizard-helpers";

test.use({ viewport: { width: 390, height: 844 } });

test("the result page fits a phone: the Apply button stays on one line and nothing is wider than the screen", async ({
  page,
  request,
}) => {
  const table = { catalog: "payment", schema: "reporting", table: "daily_balances" };
  for (const cache of await cachesFor(request, "daily_balances"))
    await sandboxApi(request).delete(`/data/projects/${PROJECT}/cache/${cache.id}`);
  await signIn(page, "operator");
  await page.goto(await wizardUrl(request, "review", [table], "m=incremental&i=PT6H"));
  const create = page.getByRole("button", { name: /^Create cache$/ });
  await expect(create).toBeEnabled();
  // Another operator caches it meanwhile: the result offers to apply these schedules to that cache.
  await cacheDirectly(request, table);
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
  for (const cache of await cachesFor(request, "daily_balances"))
    await sandboxApi(request).delete(`/data/projects/${PROJECT}/cache/${cache.id}`);
});

test("on a phone the cadence preview comes before the Next button", async ({ page, request }) => {
  await signIn(page, "operator");
  await page.goto(
    await wizardUrl(
      request,
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
