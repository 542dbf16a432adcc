import { expect, test } from "./fixtures";
import { cachesFor, PROJECT, wizardUrl } from "./wizard-helpers";

// The e2e sandbox refuses intervals under a minute (SANDBOX_MIN_INTERVAL_SECONDS in playwright.config.ts),
// which the console itself only warns about: the refusal comes from Peaka as a 400.
const CHARGES = { catalog: "payment", schema: "public", table: "charges" };
const REFUSED = /Peaka does not accept this incremental sync schedule\. The interval "PT30S" is shorter/;
const state = { cacheId: "" };

test.describe.serial("Peaka's refusal of a schedule shows on that schedule's field", () => {
  test.use({ role: "operator" });

  test.afterAll(async ({ sandbox }) => {
    if (state.cacheId) await sandbox.delete(`/data/projects/${PROJECT}/cache/${state.cacheId}`);
  });

  test("in the wizard the person is sent back to the field, with the input kept", async ({
    page,
    sandbox,
  }) => {
    await page.goto(await wizardUrl(sandbox, "review", [CHARGES], "m=incremental&i=PT30S"));
    await page.getByRole("button", { name: "Create cache" }).click();

    await expect(page).toHaveURL(/\/caches\/new\/schedules\?/);
    const field = page.getByLabel("Incremental sync every", { exact: true });
    await expect(field).toHaveValue("PT30S");
    await expect(field).toHaveAttribute("aria-invalid", "true");
    await expect(page.locator("[data-invalid]").getByText(REFUSED)).toBeVisible();
    expect(await cachesFor(sandbox, CHARGES.table)).toHaveLength(0);

    // Changing the value clears Peaka's message; the old value brings it back, since Peaka still refuses it.
    await field.fill("PT1H");
    await expect(page.getByText(REFUSED)).toHaveCount(0);
    await expect(field).not.toHaveAttribute("aria-invalid", "true");
  });

  test("on the cache page the edit dialog shows it on the field and keeps the dialog open", async ({
    page,
    sandbox,
  }) => {
    const api = sandbox.project(PROJECT);
    state.cacheId = await api.freshCache(CHARGES.catalog, CHARGES.schema, CHARGES.table, {
      incremental: "PT6H",
    });
    await page.goto(`/projects/${PROJECT}/caches/${state.cacheId}`);
    await page.getByRole("button", { name: "Edit schedules" }).click();
    const dialog = page.getByRole("dialog", { name: "Edit schedules" });
    const field = dialog.getByRole("textbox", { name: "Incremental sync every" });
    await field.fill("PT30S");
    await dialog.getByRole("button", { name: "Save schedules" }).click();

    await expect(dialog.locator("[data-invalid]").getByText(REFUSED)).toBeVisible();
    await expect(field).toHaveAttribute("aria-invalid", "true");
    await expect(field).toBeFocused();
    await expect(field).toHaveValue("PT30S");
    await expect(page.locator("[data-sonner-toast]")).toHaveCount(0);
    expect(await api.schedules(state.cacheId)).toEqual({
      incremental: "PT6H",
      fullRefresh: null,
    });

    await field.fill("PT2H");
    await expect(dialog.getByText(REFUSED)).toHaveCount(0);
    await dialog.getByRole("button", { name: "Save schedules" }).click();
    await expect(dialog).toBeHidden();
    expect(await api.schedules(state.cacheId)).toEqual({
      incremental: "PT2H",
      fullRefresh: null,
    });
  });
});
