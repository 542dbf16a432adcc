import { startWebhookReceiver } from "../scripts/alerts/webhook-receiver.mjs";

import { expect, test } from "./fixtures";
import { expectNoA11yViolations } from "./support/a11y";
import { token } from "./support/api-tokens";
import { shootThemesAndWidths as shoot } from "./support/screenshots";
import { stack } from "./stack";

// Issue 15: an admin adds a webhook channel, its "Send test" reaches a real receiver, and a failed run shows as an
// incident in the notification list (and reaches the receiver, signed).
const PROJECT = "demoPrj1";
const SECRET = "whsec-e2e-0123456789";

test.use({ role: "admin" });

test("admin adds a webhook channel, sends a test, and a failed run shows as an incident", async ({
  page,
  sandbox,
  request,
}) => {
  test.setTimeout(90_000);
  const receiver = await startWebhookReceiver({ secret: SECRET });
  const project = sandbox.project(PROJECT);
  const cacheId = await project.freshCache("crm", "sales", "deals", {});
  const name = `E2E hook ${Date.now()}`;
  try {
    await page.goto("/alerts");
    await page.getByLabel("Name").first().fill(name);
    await page.getByLabel("URL").fill(receiver.url);
    await page.getByLabel("Signing secret").fill(SECRET);
    await page.getByRole("button", { name: "Add channel" }).click();
    const row = page.getByRole("row").filter({ hasText: name });
    await expect(row).toContainText("set");
    await expect(page.locator("body")).not.toContainText(SECRET);

    await row.getByRole("button", { name: `Send test to ${name}` }).click();
    await expect(page.getByText(`Test sent to ${name}`)).toBeVisible();
    expect(receiver.accepted().map((r) => (r.json as { type: string }).type)).toEqual(["test"]);

    const rule = page.getByRole("form", { name: "Add a rule" });
    await rule.getByLabel("Name").fill(name);
    await rule.getByLabel("Project").selectOption(PROJECT);
    await rule.getByLabel("Watch").selectOption("caches");
    await rule.getByLabel("Cache ids").fill(cacheId);
    await rule.getByLabel("Data crosses its freshness line").selectOption("");
    for (const box of await rule.getByRole("checkbox").all()) {
      const label = (await box.evaluate((el) => el.parentElement?.textContent ?? "")).trim();
      if (label.startsWith("E2E hook") && label !== name) await box.uncheck();
    }
    await rule.getByRole("button", { name: "Add rule" }).click();
    await expect(
      page.getByRole("row").filter({ hasText: "1 cache(s) in demoPrj1" }).filter({ hasText: name }),
    ).toBeVisible();
    await expectNoA11yViolations(page, { step: "alerts page" });
    await shoot(page, "alerts");

    await request.post(`${new URL(stack.sandboxUrl).origin}/sandbox/control/fail-next-run`, {
      headers: { authorization: `Bearer ${stack.partnerKey}` },
      data: {
        projectId: PROJECT,
        catalogId: await project.catalogId("crm"),
        schemaName: "sales",
        tableName: "deals",
        message: "Source timed out (e2e)",
      },
    });
    await project.startFullRefresh(cacheId);
    await project.waitIdle(cacheId);

    await expect(async () => {
      await page.goto("/notifications");
      await expect(
        page.getByTestId("incidents-open").locator("li").filter({ hasText: "crm.sales.deals" }),
      ).toContainText("Source timed out (e2e)", { timeout: 1_000 });
    }).toPass({ timeout: 20_000 });
    await expect(page.getByRole("link", { name: /Notifications \(\d+ open\)/ }).first()).toBeVisible();
    await expect
      .poll(() => receiver.accepted().map((r) => (r.json as { type: string }).type))
      .toEqual(["test", "incident.opened"]);
    expect(receiver.received.every((r) => r.verified)).toBe(true);

    // The console API lists the same incident for its project only (issue 17), and says how to fix a bad query.
    const api = { authorization: `Bearer ${(await token(page, { role: "viewer" })).token}` };
    const listed = await request.get(`${stack.consoleUrl}/api/v1/projects/${PROJECT}/incidents?status=open`, {
      headers: api,
    });
    expect(listed.status()).toBe(200);
    const { incidents } = (await listed.json()) as { incidents: { cacheLabel: string; status: string }[] };
    expect(incidents.filter((i) => i.cacheLabel === "crm.sales.deals").map((i) => i.status)).toEqual([
      "open",
    ]);
    const other = await request.get(`${stack.consoleUrl}/api/v1/projects/demoPrj2/incidents`, {
      headers: api,
    });
    expect(
      ((await other.json()) as { incidents: { cacheLabel: string }[] }).incidents.map((i) => i.cacheLabel),
    ).not.toContain("crm.sales.deals");
    const bad = await request.get(`${stack.consoleUrl}/api/v1/projects/${PROJECT}/incidents?status=closed`, {
      headers: api,
    });
    expect(bad.status()).toBe(400);
    expect(JSON.stringify(await bad.json())).toContain("Use status=open or status=resolved");
    await expectNoA11yViolations(page, { step: "notifications" });
    await shoot(page, "notifications");

    await page.goto(`/alerts`);
    await page
      .getByRole("row")
      .filter({ hasText: name })
      .getByRole("link", { name: `Delivery log of ${name}` })
      .click();
    await expect(page.getByRole("row").filter({ hasText: "incident.opened" })).toContainText("Delivered");
  } finally {
    await receiver.close();
    // Leave the stack as it was: the rule (its incident closes with it) and the channel go.
    await page.goto("/alerts");
    page.on("dialog", (d) => void d.accept());
    for (const kind of ["rule", "channel"])
      for (const button of await page.getByRole("button", { name: `Remove ${kind} ${name}` }).all()) {
        await button.click();
        await expect(page.getByText(`Removed ${kind} ${name}.`)).toBeVisible();
      }
    await project.removeCachesOf("deals", "sales");
  }
});
