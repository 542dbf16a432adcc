import type { Page } from "@playwright/test";

import { DEMO_USERS, expect, test } from "./fixtures";

test.use({ role: "admin" });

const FIRST_PASSWORD = "first-password-123";

async function addUser(page: Page, email: string): Promise<void> {
  await page.goto("/users");
  await page.getByLabel("Name").fill("Tess Temporary");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("First password").fill(FIRST_PASSWORD);
  await page.getByRole("button", { name: "Add user" }).click();
  await expect(page.getByRole("row").filter({ hasText: email })).toBeVisible();
}

async function trySignIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}

test("an admin disables, enables, resets and removes a user, each audited by email and never with a password", async ({
  page,
  browser,
  baseURL,
}) => {
  const email = `tess-${Date.now()}@demo.test`;
  await addUser(page, email);
  const row = page.getByRole("row").filter({ hasText: email });

  // Disabling ends sign-in; the sign-in page says why.
  await row.getByRole("button", { name: `Disable ${email}` }).click();
  await page
    .getByRole("dialog", { name: `Disable ${email}?` })
    .getByRole("button", { name: "Disable" })
    .click();
  await expect(row.getByText("Disabled", { exact: true })).toBeVisible();
  // A visitor of their own: without this the admin's storage state would be applied to the new context too.
  const other = await browser.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  const them = await other.newPage();
  await trySignIn(them, email, FIRST_PASSWORD);
  await expect(them.getByText("This account is disabled.")).toBeVisible();
  await row.getByRole("button", { name: `Enable ${email}` }).click();
  await expect(row.getByText("Disabled", { exact: true })).toHaveCount(0);

  // A reset shows the new password once; the old one stops working and the new one signs in.
  await row.getByRole("button", { name: `Reset password of ${email}` }).click();
  await page
    .getByRole("dialog", { name: /Reset the password/ })
    .getByRole("button", { name: "Reset password" })
    .click();
  const shown = page.getByTestId("new-password");
  await expect(shown).toHaveText(/^\S{12,}$/);
  const password = (await shown.textContent()) ?? "";
  await page.getByRole("button", { name: "Done" }).click();
  await expect(shown).toHaveCount(0);
  await trySignIn(them, email, FIRST_PASSWORD);
  await expect(them.getByText("do not match an account")).toBeVisible();
  await trySignIn(them, email, password);
  await expect(them.getByRole("button", { name: "Sign out" })).toBeVisible();

  await row.getByRole("button", { name: `Remove ${email}` }).click();
  await page
    .getByRole("dialog", { name: `Remove ${email}?` })
    .getByRole("button", { name: "Remove user" })
    .click();
  await expect(page.getByRole("row").filter({ hasText: email })).toHaveCount(0);
  // Their open session ended with the account.
  expect((await them.request.get("/api/projects/demoPrj1/caches")).status()).toBe(401);
  await other.close();

  await page.goto(`/audit?target=${encodeURIComponent(email)}`);
  const entries = page.getByRole("row").filter({ hasText: email });
  for (const action of ["user.create", "user.disable", "user.enable", "user.reset-password", "user.remove"]) {
    await expect(entries.filter({ hasText: action }), action).toHaveCount(1);
  }
  await expect(page.getByRole("main")).not.toContainText(password);
  await expect(page.getByRole("main")).not.toContainText(FIRST_PASSWORD);
});

test("making someone an admin asks first; an admin cannot disable or remove themselves", async ({ page }) => {
  const email = `promote-${Date.now()}@demo.test`;
  await addUser(page, email);
  const row = page.getByRole("row").filter({ hasText: email });
  const role = row.getByLabel(`Role of ${email}`);
  await role.selectOption("admin");
  const ask = page.getByRole("dialog", { name: `Make ${email} an admin?` });
  await expect(ask).toBeVisible();
  await ask.getByRole("button", { name: "Keep Viewer" }).click();
  await expect(role).toHaveValue("viewer");
  await page.reload();
  await expect(page.getByRole("row").filter({ hasText: email }).getByLabel(`Role of ${email}`)).toHaveValue(
    "viewer",
  );

  await role.selectOption("admin");
  await ask.getByRole("button", { name: "Make admin" }).click();
  await expect(page.getByText(`${email} is now Admin.`)).toBeVisible();
  await page.goto(`/audit?action=user.set-role&target=${encodeURIComponent(email)}`);
  await expect(page.getByRole("row").filter({ hasText: email })).toHaveCount(1);

  await page.goto("/users");
  const me = page.getByRole("row").filter({ hasText: DEMO_USERS.admin.email });
  await expect(me.getByRole("button", { name: /Disable|Remove/ })).toHaveCount(0);
});

test("Users and Audit log keep the project the admin came from in the header", async ({ page }) => {
  await page.goto("/projects/demoPrj2/caches");
  const nav = page.getByRole("navigation", { name: "Main" }).first();
  await nav.getByRole("link", { name: "Users" }).click();
  await expect(page).toHaveURL(/\/users\?project=demoPrj2$/);
  await expect(nav.getByRole("link", { name: "Caches" })).toHaveAttribute(
    "href",
    "/projects/demoPrj2/caches",
  );
  await expect(nav.getByRole("link", { name: "Users" })).toHaveAttribute("aria-current", "page");
  await nav.getByRole("link", { name: "Audit log" }).click();
  await expect(page).toHaveURL(/\/audit\?project=demoPrj2$/);
  await expect(nav.getByRole("link", { name: "Caches" })).toHaveAttribute(
    "href",
    "/projects/demoPrj2/caches",
  );
  // Filtering keeps it too.
  await page.getByLabel("Action").selectOption({ index: 1 });
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/project=demoPrj2/);
  await expect(nav.getByRole("link", { name: "Caches" })).toHaveAttribute(
    "href",
    "/projects/demoPrj2/caches",
  );
});
