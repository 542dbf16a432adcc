import { readFileSync } from "node:fs";
import { join } from "node:path";

import { expect, test, type Page } from "@playwright/test";

import { DEMO_USERS, expectNoSeriousA11yViolations, signIn } from "./fixtures";
import { stack } from "./stack";

type ManifestEntry = { filename?: string; exportedName?: string };

/** Every server action the build contains, read from Next's own manifest. */
function serverActions(): { id: string; name: string }[] {
  const manifest = JSON.parse(
    readFileSync(join(process.cwd(), ".next/server/server-reference-manifest.json"), "utf8"),
  ) as { node: Record<string, ManifestEntry> };
  return Object.entries(manifest.node)
    .filter(([, entry]) => entry.filename?.startsWith("lib/actions/"))
    .map(([id, entry]) => ({ id, name: `${entry.filename ?? "?"}#${entry.exportedName ?? "?"}` }));
}

// Every action's audit name (lib/actions/*: metadata.audit).
const AUDITED_ACTIONS = [
  "cache.bulk",
  "cache.cancel-run",
  "cache.create",
  "cache.delete",
  "cache.pause",
  "cache.resume",
  "cache.run-full-refresh",
  "cache.run-incremental",
  "cache.update-schedules",
  "user.create",
  "user.set-role",
];

async function callActionDirectly(page: Page, id: string, args: unknown[]) {
  const response = await page.request.post("/", {
    headers: {
      "Next-Action": id,
      Accept: "text/x-component",
      "Content-Type": "text/plain;charset=UTF-8",
      Origin: stack.consoleUrl,
    },
    data: JSON.stringify(args),
  });
  return { status: response.status(), body: await response.text() };
}

test("a viewer calling any server action directly is refused by the server", async ({ page }) => {
  const actions = serverActions();
  expect(actions.map((a) => a.name)).toEqual(
    expect.arrayContaining([
      "lib/actions/users/set-user-role.ts#setUserRoleAction",
      "lib/actions/users/create-user.ts#createUserAction",
    ]),
  );
  await signIn(page, "viewer");
  // A project id no other spec uses picks out this run's lines in the audit log.
  const marker = `refusal${Date.now()}`;
  for (const action of actions) {
    const { status, body } = await callActionDirectly(page, action.id, [{ projectId: marker }]);
    expect(status, action.name).toBeLessThan(500);
    expect(body, action.name).toMatch(/needs the (operator|admin) role/);
  }

  // Refused by the shared middleware, before the action body runs, and still audited like any refusal.
  await page.context().clearCookies();
  await signIn(page, "admin");
  for (const audit of AUDITED_ACTIONS) {
    await page.goto(`/audit?action=${audit}`);
    const row = page
      .getByRole("row")
      .filter({ hasText: `project ${marker}` })
      .first();
    await expect(row, audit).toContainText(DEMO_USERS.viewer.email);
    await expect(row, audit).toContainText("refused");
    await expect(row, audit).toContainText(/needs the (operator|admin) role/);
  }
});

test("a viewer cannot change their own role through the action or the auth API", async ({ page }) => {
  await signIn(page, "viewer");
  const setRole = serverActions().find((a) => a.name.endsWith("#setUserRoleAction"));
  expect(setRole).toBeDefined();
  const session = (await (await page.request.get("/api/auth/get-session")).json()) as {
    user: { id: string };
  };
  const viaAction = await callActionDirectly(page, setRole?.id ?? "", [
    { userId: session.user.id, role: "admin" },
  ]);
  expect(viaAction.body).toContain("needs the admin role");
  const viaAuthApi = await page.request.post("/api/auth/admin/set-role", {
    headers: { Origin: stack.consoleUrl },
    data: { userId: session.user.id, role: "admin" },
  });
  expect(viaAuthApi.status()).toBe(403);
  const signUp = await page.request.post("/api/auth/sign-up/email", {
    headers: { Origin: stack.consoleUrl },
    data: { email: "intruder@demo.test", password: "long-enough-password", name: "Intruder" },
  });
  expect(signUp.ok()).toBe(false);
  await page.reload();
  await expect(page.locator("header").getByText("Viewer", { exact: true })).toBeVisible();
  await expect(page.locator("header").getByText(DEMO_USERS.viewer.name, { exact: true })).toBeVisible();
});

test("an admin changes a role and creates a user, and both land in the audit log", async ({ page }) => {
  await signIn(page, "admin");
  await page.goto("/users");
  await expectNoSeriousA11yViolations(page);
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
  await expectNoSeriousA11yViolations(page);
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
