import { DEMO_USERS, expect, test } from "./fixtures";
import { expectNoA11yViolations } from "./support/a11y";
import { buildActions } from "./support/server-actions";
import { stack } from "./stack";

// Every action's audit name (lib/actions/*: metadata.audit).
const AUDITED_ACTIONS = [
  "alert.channel-delete",
  "alert.channel-save",
  "alert.channel-test",
  "alert.rule-delete",
  "alert.rule-save",
  "cache.bulk",
  "cache.cancel-run",
  "cache.create",
  "cache.delete",
  "cache.freshness-target",
  "cache.move-cancelled",
  "cache.move-planned",
  "cache.pause",
  "cache.resume",
  "cache.run-full-refresh",
  "cache.run-incremental",
  "cache.update-schedules",
  "config.apply",
  "config.plan",
  "user.create",
  "user.set-role",
];

// Viewers manage their own personal access tokens (the actions check ownership and cap the role themselves).
const VIEWER_MAY_CALL = new Set(["lib/actions/tokens/create-token.ts", "lib/actions/tokens/revoke-token.ts"]);

test.use({ role: "viewer" });

test("a viewer calling any server action directly is refused by the server", async ({
  page,
  pageAs,
  callAction,
}) => {
  const actions = buildActions().filter((a) => !VIEWER_MAY_CALL.has(a.file));
  expect(actions.map((a) => a.name)).toEqual(
    expect.arrayContaining([
      "lib/actions/users/set-user-role.ts#setUserRoleAction",
      "lib/actions/users/create-user.ts#createUserAction",
    ]),
  );
  // A project id no other spec uses picks out this run's lines in the audit log.
  const marker = `refusal${Date.now()}`;
  for (const action of actions) {
    const { status, body } = await callAction(page, action, { projectId: marker });
    expect(status, action.name).toBeLessThan(500);
    expect(body, action.name).toMatch(/needs the (operator|admin) role/);
  }

  // Refused by the shared middleware, before the action body runs, and still audited like any refusal.
  const admin = await pageAs("admin");
  for (const audit of AUDITED_ACTIONS) {
    await admin.goto(`/audit?action=${audit}`);
    const row = admin
      .getByRole("row")
      .filter({ hasText: `project ${marker}` })
      .first();
    await expect(row, audit).toContainText(DEMO_USERS.viewer.email);
    await expect(row, audit).toContainText("refused");
    await expect(row, audit).toContainText(/needs the (operator|admin) role/);
  }
});

test("a viewer cannot change their own role through the action or the auth API", async ({
  page,
  callAction,
}) => {
  await page.goto("/");
  await expect(page.locator("header").getByText("Viewer", { exact: true })).toBeVisible();
  const setRole = buildActions().find((a) => a.name.endsWith("#setUserRoleAction"));
  expect(setRole).toBeDefined();
  const session = (await (await page.request.get("/api/auth/get-session")).json()) as {
    user: { id: string };
  };
  if (!setRole) throw new Error("no setUserRoleAction in the build");
  const viaAction = await callAction(page, setRole, { userId: session.user.id, role: "admin" });
  expect(viaAction.body).toContain("needs the admin role");
  const viaAuthApi = await page.request.post("/api/auth/admin/set-role", {
    headers: { Origin: stack.consoleUrl },
    data: { userId: session.user.id, role: "admin" },
  });
  expect(viaAuthApi.status()).toBe(404);
  const signUp = await page.request.post("/api/auth/sign-up/email", {
    headers: { Origin: stack.consoleUrl },
    data: { email: "intruder@demo.test", password: "long-enough-password", name: "Intruder" },
  });
  expect(signUp.ok()).toBe(false);
  await page.reload();
  await expect(page.locator("header").getByText("Viewer", { exact: true })).toBeVisible();
  await expect(page.locator("header").getByText(DEMO_USERS.viewer.name, { exact: true })).toBeVisible();
});

test("an admin changes a role and creates a user, and both land in the audit log", async ({ pageAs }) => {
  const page = await pageAs("admin");
  await page.goto("/users");
  await expectNoA11yViolations(page);
  await page.getByLabel("Name").fill("Nia New");
  await page.getByLabel("Email").fill("nia@demo.test");
  await page.getByLabel("First password").fill("nia-password-123");
  await page.getByLabel("Role", { exact: true }).selectOption("operator");
  await page.getByRole("button", { name: "Add user" }).click();
  await expect(page.getByText("nia@demo.test can now sign in.")).toBeVisible();
  await page.reload();
  await page.getByLabel("Role of nia@demo.test").selectOption("viewer");
  await expect(page.getByText("nia@demo.test is now Viewer.")).toBeVisible();

  await page.goto("/audit");
  await expectNoA11yViolations(page);
  const rows = page.getByRole("row");
  await expect(rows.filter({ hasText: "user.set-role" }).first()).toContainText("admin@demo.test");
  await expect(rows.filter({ hasText: "user.create" }).first()).toContainText("nia@demo.test");
  await expect(page.getByText("nia-password-123")).toHaveCount(0);
  const filters = page.getByRole("form", { name: "Filter the audit log" });
  await filters.getByLabel("Action").selectOption("user.create");
  await filters.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/action=user.create/);
  await expect(rows.filter({ hasText: "user.set-role" })).toHaveCount(0);
});
