import { expect, test } from "./fixtures";
import { expectNoA11yViolations } from "./support/a11y";
import { shootThemesAndWidths as shoot } from "./support/screenshots";
import { PROJECT, wizard, wizardUrl } from "./wizard-helpers";

// Issue 14: schedules proposed from a target, where targets are set (detail page, edit dialog, wizard).
test.use({ role: "operator" });

test("the Freshness card proposes the schedule for the target, and the edit dialog sets a target and takes its proposal", async ({
  page,
  sandbox,
}) => {
  const project = sandbox.project(PROJECT);
  const cacheId = await project.freshCache("payment", "public", "subscriptions", { incremental: "PT6H" });
  await page.goto(`/projects/${PROJECT}/caches/${cacheId}`);
  const card = page.getByRole("region", { name: "Freshness", exact: true });
  // The derived target follows the schedules: nothing to propose until a target is set.
  await expect(card).toContainText("Set a target to have the console propose the schedule");
  await expect(card.getByTestId("schedule-proposal")).toHaveCount(0);

  await page.getByRole("button", { name: "Edit schedules" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Warn after").fill("PT1H");
  await dialog.getByLabel("Error after").fill("PT3H");
  const inDialog = dialog.getByTestId("schedule-proposal");
  await expect(inDialog.getByTestId("schedule-outlook")).toHaveAttribute("data-fits", "neither");
  await expect(inDialog.getByTestId("schedule-outlook")).toContainText("cannot meet the target");
  // One measured run of well under a second: 45 min is the longest step under the 1 h warn line.
  await expect(inDialog.getByTestId("proposed-schedules")).toHaveText("incremental every 45 minutes");
  await expect(inDialog).toContainText("95th percentile of 1 run");
  // The staleness both schedules give, drawn against the lines, with the same figures in words.
  const predicted = inDialog.getByTestId("predicted-age").getByRole("img");
  await expect(predicted).toHaveAttribute(
    "aria-label",
    /As typed: at most 6 h, 12 h with one failed run \(passes the error line\)\. Proposed: at most 45 min, 1 h 30 min with one failed run \(stays under the warn line\)\. Warn line 1 h, error line 3 h\./,
  );
  await shoot(page, "schedule-proposal", { focus: inDialog.getByTestId("predicted-age") });
  await inDialog.getByRole("button", { name: "Use this schedule" }).click();
  await expect(dialog.getByLabel("Incremental sync every", { exact: true })).toHaveValue("PT45M");
  await expect(inDialog.getByTestId("schedule-outlook")).toHaveAttribute("data-fits", "warn");
  await expect(predicted).toHaveAttribute(
    "aria-label",
    /^Predicted data age\. As typed \(as proposed\): at most 45 min,/,
  );
  await expectNoA11yViolations(page, { step: "edit dialog with proposal" });
  await dialog.getByRole("button", { name: "Save schedules" }).click();
  await expect(dialog).toBeHidden();
  await expect.poll(() => project.schedules(cacheId)).toEqual({ incremental: "PT45M", fullRefresh: null });
  await expect(card.locator("[data-target-source]")).toHaveAttribute("data-target-source", "cache");
  await expect(card).toContainText("warn 1 h · error 3 h");
  const proposal = card.getByTestId("schedule-proposal");
  await expect(proposal).toContainText("The current schedules are already these.");

  // A looser target: the card proposes the longer schedule and takes it in one click.
  await card.getByRole("button", { name: "Freshness target" }).click();
  const targetDialog = page.getByRole("dialog");
  await targetDialog.getByLabel("Warn after").fill("PT2H");
  await targetDialog.getByLabel("Error after").fill("PT6H");
  await targetDialog.getByRole("button", { name: "Save target" }).click();
  await expect(targetDialog).toBeHidden();
  await expect(proposal.getByTestId("proposed-schedules")).toHaveText(/^incremental every (1 )?hour$/);
  // Scanned after a reload, without the save's toast fading in.
  await page.reload();
  await expect(proposal.getByTestId("proposed-schedules")).toHaveText(/^incremental every (1 )?hour$/);
  await expectNoA11yViolations(page, { step: "detail with proposal" });
  await proposal.getByRole("button", { name: "Use this schedule" }).click();
  await expect.poll(() => project.schedules(cacheId)).toEqual({ incremental: "PT1H", fullRefresh: null });
  await expect(proposal).toContainText("The current schedules are already these.");
});

test("the wizard sets a target, proposes its schedule, shows the expected load, and the new cache keeps the target", async ({
  page,
  sandbox,
}) => {
  const project = sandbox.project(PROJECT);
  await project.removeCachesOf("customers", "public");
  await page.goto(
    await wizardUrl(
      sandbox,
      "schedules",
      [{ catalog: "payment", schema: "public", table: "customers" }],
      "m=incremental",
    ),
  );
  await page.getByLabel("Set a target for the new caches").check();
  await page.getByLabel("Warn after").fill("PT30M");
  await page.getByLabel("Error after").fill("PT2H");
  const proposal = page.getByTestId("schedule-proposal");
  // No history: a quarter of the warn line (7 min 30 s) is kept for the run, so 20 min.
  await expect(proposal.getByTestId("proposed-schedules")).toHaveText("incremental every 20 minutes");
  await expect(proposal).toContainText("assumed to take up to 7 min");
  await expectNoA11yViolations(page, { step: "schedules with a target" });
  await proposal.getByRole("button", { name: "Use this schedule" }).click();
  await expect(page.getByLabel("Incremental sync every", { exact: true })).toHaveValue("PT20M");

  const w = wizard(page);
  await w.toReview();
  await expect(page.getByTestId("review-target")).toContainText("late after 30 min, stale after 2 h");
  await expect(page.getByTestId("expected-load")).toContainText(
    "about 72 runs a day for this table (72 incremental, 0 full refresh)",
  );
  await w.create(/^Create cache$/);
  await expect(page.locator("[data-outcome=created]")).toContainText("payment.public.customers");
  const created = (await project.caches()).find(
    (c) => c.tableName === "customers" && c.schemaName === "public",
  );
  await page.goto(`/projects/${PROJECT}/caches/${created?.id ?? ""}`);
  const card = page.getByRole("region", { name: "Freshness", exact: true });
  await expect(card.locator("[data-target-source]")).toHaveAttribute("data-target-source", "cache");
  await expect(card).toContainText("warn 30 min · error 2 h");
});
