import { test } from "@playwright/test";

import { freshCache, partnerApi } from "./cache-detail-helpers";
import { signIn } from "./fixtures";
import { wizardUrl } from "./wizard-helpers";

const BALANCES = { catalog: "payment", schema: "reporting", table: "daily_balances" };

for (const scheme of ["light", "dark"] as const) {
  for (const width of [1280, 390]) {
    test(`shots ${scheme} ${width}`, async ({ page, request }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize({ width, height: 900 });
      await signIn(page, "operator");
      await page.goto(await wizardUrl(request, "mode", [BALANCES], "m=full-only"));
      await page.getByRole("radio", { name: "Full refresh on a schedule" }).waitFor();
      await page.waitForTimeout(500);
      await page.screenshot({ path: `/tmp/rules-shots/mode-${scheme}-${width}.png`, fullPage: true });
      await page.goto(await wizardUrl(request, "schedules", [BALANCES], "m=full-only&f=PT5S"));
      await page.waitForTimeout(800);
      await page.screenshot({ path: `/tmp/rules-shots/sched-${scheme}-${width}.png`, fullPage: true });
      const api = partnerApi(request);
      const id = await freshCache(api, "demoPrj2", "marketing", "public", "campaigns", {
        incremental: "PT6H",
        fullRefresh: "P1D",
      });
      await page.goto(`/projects/demoPrj2/caches/${id}`);
      await page.getByRole("button", { name: "Edit schedules" }).click();
      const dialog = page.getByRole("dialog", { name: "Edit schedules" });
      await dialog.getByLabel("Incremental sync every", { exact: true }).fill("PT5S");
      await page.waitForTimeout(500);
      await page.screenshot({ path: `/tmp/rules-shots/edit-${scheme}-${width}.png`, fullPage: true });
      await dialog.getByLabel("Incremental sync every", { exact: true }).fill("P2D");
      await page.waitForTimeout(300);
      await page.screenshot({ path: `/tmp/rules-shots/edit2-${scheme}-${width}.png`, fullPage: true });
      await api.delete(`/data/projects/demoPrj2/cache/${id}`);
    });
  }
}
