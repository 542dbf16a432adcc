import { type ChildProcess, spawn } from "node:child_process";

import type { Page } from "@playwright/test";

import { applyChurn } from "../sandbox/churn/apply-churn";

import { counter, runCard } from "./cache-detail-helpers";
import { expect, test } from "./fixtures";
import { stack } from "./stack";
import { expectNoA11yViolations } from "./support/a11y";
import type { PartnerApi } from "./support/partner-api";

// Project 1's refunds table is this spec's own: the wizard specs never cache it.
const PROJECT = "demoPrj1";
const TABLE = "refunds";
const state = { cacheId: "", otherId: "" };
let churn: ChildProcess | undefined;

const detailUrl = () => `/projects/${PROJECT}/caches/${state.cacheId}`;

async function expectToast(page: Page, text: RegExp) {
  await expect(page.locator("[data-sonner-toast]").filter({ hasText: text }).first()).toBeVisible();
}

test.describe.serial("cache detail and day-two operations", () => {
  test.use({ role: "operator" });

  test.beforeAll(async ({ sandbox }) => {
    // Background churn on another table keeps the source moving, as in a live project.
    churn = spawn(
      process.execPath,
      [
        "--import",
        "tsx",
        "sandbox/churn.ts",
        "--data-dir",
        stack.sandboxDataDir,
        "--rate",
        "4",
        "--table",
        "crm.sales.companies",
      ],
      { stdio: "ignore" },
    );
    const api = sandbox.project(PROJECT);
    state.cacheId = await api.freshCache("payment", "public", TABLE, {
      incremental: "PT6H",
      fullRefresh: "P1D",
    });
    state.otherId = await api.freshCache("crm", "sales", "companies", { incremental: "PT1H" });
  });

  test.afterAll(async ({ sandbox }) => {
    churn?.kill("SIGTERM");
    if (state.otherId) await sandbox.delete(`/data/projects/${PROJECT}/cache/${state.otherId}`);
  });

  const readSchedules = (sandbox: PartnerApi) => sandbox.project(PROJECT).schedules(state.cacheId);

  test("an incremental run shows exactly the churn applied to the source", async ({ page }) => {
    await page.goto(detailUrl());
    await expect(page.getByRole("heading", { level: 1 })).toContainText(`payment.public.${TABLE}`);
    await expect(page.getByTestId("schedule-words")).toHaveText(
      "incremental every 6 hours, full refresh every day",
    );
    await expect(runCard(page, "full").getByText("Completed", { exact: true })).toBeVisible();
    await expect(counter(page, "full", "rowsCached")).toHaveText("6,000");

    const churned = applyChurn(stack.sandboxDataDir, {
      catalog: "payment",
      schema: "public",
      table: TABLE,
      inserts: 7,
      updates: 5,
      deletes: 3,
      seed: 42,
    });
    expect(churned.insertedIds).toHaveLength(7);

    await page.getByRole("button", { name: "Run incremental now" }).click();
    await expectToast(page, /incremental sync has started|queued/);
    await expect(runCard(page, "incremental").getByText("Completed", { exact: true })).toBeVisible({
      timeout: 30_000,
    });
    await expect(counter(page, "incremental", "rowsInserted")).toHaveText("7");
    await expect(counter(page, "incremental", "rowsUpdated")).toHaveText("5");
    await expect(counter(page, "incremental", "rowsDeleted")).toHaveText("3");
    await expect(counter(page, "incremental", "rowsCached")).toHaveText("6,004");
    await expect(
      page.getByRole("region", { name: "Action log" }).getByText("On demand").first(),
    ).toBeVisible();
    await expect(
      page.getByRole("region", { name: "Run history" }).getByText("Incremental sync").first(),
    ).toBeVisible();

    // Sonner's rich-colour toast is the shared shell's (4.25:1 on success); this checks the page itself.
    await expectNoA11yViolations(page, { exclude: "[data-sonner-toaster]", all: true });
  });

  test("editing schedules switches a mode off and sends both", async ({ page, sandbox }) => {
    await page.goto(detailUrl());
    await page.getByRole("button", { name: "Edit schedules" }).click();
    const dialog = page.getByRole("dialog", { name: "Edit schedules" });
    await dialog.getByRole("checkbox").first().uncheck();
    await dialog.getByRole("textbox", { name: "Incremental sync every" }).fill("2h");
    await dialog.getByRole("button", { name: "Save schedules" }).click();
    await expectToast(page, /Schedules saved/);
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId("schedule-words")).toHaveText("incremental every 2 hours");
    expect(await readSchedules(sandbox)).toEqual({
      incremental: "PT2H",
      fullRefresh: null,
    });

    await page.getByRole("button", { name: "Edit schedules" }).click();
    await dialog.getByRole("checkbox").first().check();
    await dialog.getByRole("textbox", { name: "Full refresh every" }).fill("P1W");
    await dialog.getByRole("button", { name: "Save schedules" }).click();
    await expect(dialog.getByText(/week/i).first()).toBeVisible();
    await dialog.getByRole("textbox", { name: "Full refresh every" }).fill("P7D");
    await dialog.getByRole("button", { name: "Save schedules" }).click();
    // The first save's toast may still be showing: the closed dialog is this save's own sign.
    await expect(dialog).toBeHidden();
    await expectToast(page, /Schedules saved/);
    await expect(page.getByTestId("schedule-words")).toHaveText(
      "incremental every 2 hours, full refresh every week",
    );
    expect(await readSchedules(sandbox)).toEqual({
      incremental: "PT2H",
      fullRefresh: "P7D",
    });
  });

  test("pause turns both schedules off and resume restores them exactly", async ({ page, sandbox }) => {
    await page.goto(detailUrl());
    await page.getByRole("button", { name: "Pause schedules" }).click();
    await expectToast(page, /Paused/);
    // The badge says what the cache is now, with its data's age (never "Up to date" while paused).
    await expect(page.locator('[data-status="paused"]')).toContainText(/^Paused · .+ old$/);
    expect(await readSchedules(sandbox)).toEqual({
      incremental: null,
      fullRefresh: null,
    });
    await expect(page.getByTestId("paused-schedules")).toHaveText(
      "incremental every 2 hours, full refresh every week",
    );

    await page.reload();
    await page.getByRole("button", { name: "Resume schedules" }).click();
    await expectToast(page, /Resumed/);
    await expect(page.getByRole("button", { name: "Pause schedules" })).toBeVisible();
    expect(await readSchedules(sandbox)).toEqual({
      incremental: "PT2H",
      fullRefresh: "P7D",
    });
  });

  test("the overview pauses and resumes several caches with a result for each", async ({ page, sandbox }) => {
    await page.goto(`/projects/${PROJECT}/caches`);
    await page.getByRole("checkbox", { name: `Select Payment.public.${TABLE}` }).check();
    await page.getByRole("checkbox", { name: "Select crm.sales.companies" }).check();
    const bar = page.getByRole("region", { name: "Bulk actions" });
    await expect(bar).toContainText("2 selected");
    await bar.getByRole("button", { name: "Pause", exact: true }).click();
    const results = page.getByRole("region", { name: "Pause results" });
    await expect(results.locator('[data-result="ok"]')).toHaveCount(2);
    await expect(results).toContainText(`payment.public.${TABLE}`);
    await expect(results).toContainText("crm.sales.companies");
    const pausedRow = page.locator(`[data-cache-id="${state.cacheId}"]`);
    await expect(pausedRow).toContainText("Paused");
    await expect(pausedRow).toContainText("Was: incremental every 2 hours");
    expect(await sandbox.project(PROJECT).schedules(state.otherId)).toEqual({
      incremental: null,
      fullRefresh: null,
    });

    await page.getByRole("checkbox", { name: `Select Payment.public.${TABLE}` }).check();
    await page.getByRole("checkbox", { name: "Select crm.sales.companies" }).check();
    await bar.getByRole("button", { name: "Resume", exact: true }).click();
    await expect(
      page.getByRole("region", { name: "Resume results" }).locator('[data-result="ok"]'),
    ).toHaveCount(2);
    expect(await sandbox.project(PROJECT).schedules(state.otherId)).toEqual({
      incremental: "PT1H",
      fullRefresh: null,
    });
    expect(await readSchedules(sandbox)).toEqual({
      incremental: "PT2H",
      fullRefresh: "P7D",
    });
    await expect(page.locator(`[data-cache-id="${state.cacheId}"]`)).toContainText("every 2 hours");
  });

  test("a viewer sees the cache but no operation works, also when called directly", async ({
    pageAs,
    sandbox,
    callAction,
  }) => {
    const page = await pageAs("viewer");
    await page.goto(detailUrl());
    await expect(page.getByRole("heading", { level: 1 })).toContainText(TABLE);
    await expect(page.getByText(/need the operator role/)).toBeVisible();
    for (const name of [
      "Run incremental now",
      "Run full refresh now",
      "Edit schedules",
      "Pause schedules",
      "Delete cache",
    ]) {
      await expect(page.getByRole("button", { name })).toHaveCount(0);
    }
    const ref = { projectId: PROJECT, cacheId: state.cacheId };
    const calls: [string, unknown][] = [
      ["lib/actions/caches/run-incremental.ts", ref],
      ["lib/actions/caches/run-full-refresh.ts", ref],
      ["lib/actions/caches/cancel-run.ts", { ...ref, kind: "incremental" }],
      [
        "lib/actions/caches/update-schedules.ts",
        { ...ref, schedules: { incremental: "PT15M", fullRefresh: null } },
      ],
      ["lib/actions/caches/pause-cache.ts", ref],
      ["lib/actions/caches/resume-cache.ts", ref],
      ["lib/actions/caches/delete-cache.ts", ref],
      [
        "lib/actions/caches/bulk-operate.ts",
        { projectId: PROJECT, operation: "delete", cacheIds: [state.cacheId] },
      ],
    ];
    for (const [file, input] of calls) {
      const { status, body } = await callAction(page, file, input);
      expect(status, file).toBeLessThan(500);
      expect(body, file).toContain("needs the operator role");
    }
    expect(await readSchedules(sandbox)).toEqual({
      incremental: "PT2H",
      fullRefresh: "P7D",
    });
  });

  test("an operator cannot delete; an admin deletes and the cache is gone", async ({
    page: operator,
    pageAs,
    callAction,
  }) => {
    await operator.goto(detailUrl());
    await expect(operator.getByRole("button", { name: "Delete cache" })).toHaveCount(0);
    const direct = await callAction(operator, "lib/actions/caches/delete-cache.ts", {
      projectId: PROJECT,
      cacheId: state.cacheId,
    });
    expect(direct.body).toContain("needs the admin role");

    const page = await pageAs("admin");
    await page.goto(detailUrl());
    await page.getByRole("button", { name: "Delete cache" }).click();
    const confirm = page.getByRole("dialog", { name: `Delete the cache of Payment.public.${TABLE}?` });
    await expect(confirm).toContainText("drops its cached data and its run history for good");
    await confirm.getByRole("button", { name: "Delete cache and data" }).click();
    await expect(page).toHaveURL(new RegExp(`/projects/${PROJECT}/caches$`));
    await expectToast(page, /Deleted/);
    await expect(page.locator(`[data-cache-id="${state.cacheId}"]`)).toHaveCount(0);

    const response = await page.goto(detailUrl());
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Cache not found" })).toBeVisible();
  });

  test("every step is in the audit log", async ({ pageAs }) => {
    const page = await pageAs("admin");
    await page.goto("/audit");
    const rows = page.getByRole("row").filter({ hasText: state.cacheId });
    for (const action of [
      "cache.run-incremental",
      "cache.update-schedules",
      "cache.pause",
      "cache.resume",
      "cache.delete",
    ]) {
      await expect(rows.filter({ hasText: action }).first(), action).toBeVisible();
    }
    await expect(
      rows
        .filter({ hasText: "cache.delete" })
        .filter({ hasText: /refused/i })
        .first(),
    ).toBeVisible();
  });
});
