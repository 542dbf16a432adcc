// Schedule rules and controls that fit the cache, in the browser against the real sandbox. The e2e console runs with
// CONSOLE_MIN_INTERVAL=PT10S (playwright.config.ts), under the sandbox's own 60 s minimum.
import { expect, test } from "./fixtures";
import { PROJECT, cachesFor, sourceRowCount, wizard, wizardUrl } from "./wizard-helpers";

const CHARGES = [{ catalog: "payment", schema: "public", table: "charges" }];
const BALANCES = { catalog: "payment", schema: "reporting", table: "daily_balances" };

test.use({ role: "operator" });

test("the schedules and review steps block schedules the console's rules refuse", async ({
  page,
  sandbox,
}) => {
  await page.goto(await wizardUrl(sandbox, "schedules", CHARGES, "m=incremental&i=PT5S"));
  const field = page.getByLabel("Incremental sync every", { exact: true });
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("[data-slot=field-error]")).toHaveText(
    "Incremental sync every 5 seconds is too frequent: the shortest allowed interval is 10 seconds, so use PT10S or longer.",
  );
  await expect(
    page.getByRole("status").filter({ hasText: "No estimate until the schedules are complete" }),
  ).toBeVisible();
  await expect(page.getByRole("img", { name: /Timeline/ })).toHaveCount(0);
  await page.getByRole("button", { name: "Next: review" }).click();
  await expect(page).toHaveURL(/\/schedules/);
  await expect(field).toBeFocused();

  // A shared link straight to the review step cannot skip the rules either.
  for (const [extra, reason] of [
    ["m=incremental&i=PT5S", /too frequent: .* use PT10S or longer/],
    ["m=full-and-incremental&i=P1D&f=PT1H", /not shorter than the full refresh/],
  ] as const) {
    await page.goto(await wizardUrl(sandbox, "review", CHARGES, extra));
    const alert = page.getByRole("alert").filter({ hasText: "These schedules cannot be saved" });
    await expect(alert).toContainText(reason);
    await expect(alert.getByRole("link", { name: "Fix them on the schedules step" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Create cache" })).toBeDisabled();
  }
  expect(await cachesFor(sandbox, "charges")).toHaveLength(0);
});

test("a full-refresh-only table gets a scheduled full refresh, and only the controls that fit", async ({
  page,
  sandbox,
}) => {
  const project = sandbox.project(PROJECT);
  await project.removeCachesOf(BALANCES.table);
  await page.goto(await wizardUrl(sandbox, "mode", [BALANCES]));
  await expect(page.getByRole("radio", { name: "Incremental on a schedule" })).toBeDisabled();
  await expect(page.getByRole("radio", { name: "Full refresh + incremental" })).toBeDisabled();
  const fullOnly = page.getByRole("radio", { name: "Full refresh on a schedule" });
  await expect(fullOnly).toBeEnabled();
  await fullOnly.check();
  const w = wizard(page);
  await w.toSchedules();
  await expect(page.getByLabel("Incremental sync every", { exact: true })).toHaveCount(0);
  await page.getByLabel("Full refresh every", { exact: true }).fill("P1D");
  await expect(page.getByRole("img", { name: /Timeline of the next 24 hours/ })).toHaveAttribute(
    "aria-label",
    /full refresh every day.*0 incremental syncs/,
  );
  await w.toReview();
  await expect(page.getByRole("cell", { name: "Full refresh on a schedule" })).toBeVisible();
  await w.create();
  await expect(page.locator("[data-outcome=created]")).toContainText("payment.reporting.daily_balances");
  const [cache] = await cachesFor(sandbox, BALANCES.table);
  expect(cache).toBeDefined();
  expect(await project.schedules(cache?.id ?? "")).toEqual({
    incremental: null,
    fullRefresh: "P1D",
  });
  await project.waitIdle(cache?.id ?? "");

  await page.goto(`/projects/${PROJECT}/caches/${cache?.id ?? ""}`);
  await expect(page.getByRole("button", { name: "Run full refresh now" })).toBeVisible();
  await expect(page.getByText("This table supports full refreshes only")).toBeVisible();
  await expect(page.getByRole("button", { name: "Run incremental now" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Pause schedules" })).toBeVisible();
  await page.getByRole("button", { name: "Edit schedules" }).click();
  const edit = page.getByRole("dialog", { name: "Edit schedules" });
  await expect(edit.getByRole("group", { name: "Scheduled full refresh" })).toBeVisible();
  await expect(edit.getByRole("group", { name: "Scheduled incremental sync" })).toHaveCount(0);
  await edit.getByRole("button", { name: "Cancel" }).click();

  // The bulk full refresh names how many caches and rows it covers, and does nothing until confirmed.
  await page.goto(`/projects/${PROJECT}/caches`);
  await page.getByRole("checkbox", { name: "Select payment.reporting.daily_balances" }).check();
  await page.getByRole("region", { name: "Bulk actions" }).getByRole("button", { name: "Refresh" }).click();
  const dialog = page.getByRole("dialog", { name: "Run a full refresh on 1 cache?" });
  await expect(dialog).toContainText(`${sourceRowCount(BALANCES)} cached rows`);
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(/Refresh: \d+ of \d+ caches done/)).toHaveCount(0);
  await page.getByRole("region", { name: "Bulk actions" }).getByRole("button", { name: "Refresh" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Run full refreshes" }).click();
  await expect(page.getByText("Refresh: 1 of 1 caches done.")).toBeVisible();

  // wizard-duplicates.spec.ts creates this table's cache itself.
  await project.removeCachesOf(BALANCES.table);
});

test("a one-time cache offers no pause, and the edit dialog's preview never guesses", async ({
  page,
  sandbox,
}) => {
  const project = sandbox.project("demoPrj2");
  const cacheId = await project.freshCache("marketing", "public", "campaigns", {});
  await page.goto(`/projects/demoPrj2/caches/${cacheId}`);
  await expect(page.getByRole("button", { name: "Run incremental now" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Pause schedules" })).toHaveCount(0);

  await page.getByRole("button", { name: "Edit schedules" }).click();
  const dialog = page.getByRole("dialog", { name: "Edit schedules" });
  await dialog.getByRole("checkbox").first().check();
  const full = dialog.getByLabel("Full refresh every", { exact: true });
  await expect(full).toHaveValue("P1D");
  await expect(dialog.getByRole("heading", { name: /^Next (run|\d+ runs)$/ })).toBeVisible();
  await expect(dialog.getByText(/Initial/)).toHaveCount(0);

  await full.fill("PT5S");
  await expect(full).toHaveAttribute("aria-invalid", "true");
  await expect(dialog.getByText(/every 5 seconds is too frequent: .* use PT10S or longer\./)).toBeVisible();
  const missing = dialog
    .getByRole("status")
    .filter({ hasText: "No estimate until the schedules are complete" });
  await expect(missing).toContainText("Full refresh: the interval needs fixing (the field says how)");
  await expect(dialog.getByRole("img", { name: /Timeline/ })).toHaveCount(0);
  await dialog.getByRole("button", { name: "Save schedules" }).click();
  await expect(dialog).toBeVisible();
  await expect(full).toBeFocused();
  expect(await project.schedules(cacheId)).toEqual({ incremental: null, fullRefresh: null });

  await full.fill("");
  await expect(missing).toContainText("Full refresh: how often it runs is not set yet");
  await sandbox.delete(`/data/projects/demoPrj2/cache/${cacheId}`);
});
