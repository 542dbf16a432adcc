// Signing in itself: these go through the form (every other spec starts signed in from e2e/auth.setup.ts).
import { DEMO_USERS, expect, signInThroughForm, test, type E2eRole } from "./fixtures";

const ROLE_LABEL: Record<E2eRole, string> = { viewer: "Viewer", operator: "Operator", admin: "Admin" };

test("an anonymous visitor is sent to sign-in and API reads are refused", async ({ page, request }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  const response = await request.get("/api/projects/demoPrj1/caches");
  expect(response.status()).toBe(401);
});

test("a wrong password gets a clear message and no session", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(DEMO_USERS.viewer.email);
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByText("That email and password do not match an account")).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in/);
});

for (const role of ["viewer", "operator", "admin"] as const) {
  test(`${role} signs in, lands on the caches overview and sees their name and role`, async ({ page }) => {
    await signInThroughForm(page, role);
    await expect(page).toHaveURL(/\/projects\/[^/]+\/caches/);
    await expect(page.getByRole("heading", { name: "Caches", level: 1 })).toBeVisible();
    const header = page.locator("header");
    await expect(header.getByText(DEMO_USERS[role].name, { exact: true })).toBeVisible();
    await expect(header.getByText(ROLE_LABEL[role], { exact: true })).toBeVisible();
    const adminNav = page
      .getByRole("navigation", { name: "Main" })
      .first()
      .getByRole("link", { name: "Audit log" });
    if (role === "admin") await expect(adminNav).toBeVisible();
    else await expect(adminNav).toHaveCount(0);
  });
}

test("only admins can open users and the audit log", async ({ pageAs }) => {
  const page = await pageAs("operator");
  await page.goto("/users");
  await expect(page).toHaveURL(/\/forbidden/);
  await expect(page.getByRole("heading", { name: "Your role cannot open this page" })).toBeVisible();
  await page.goto("/audit");
  await expect(page).toHaveURL(/\/forbidden/);
});

// A session of its own through the form: signing out ends it, and must not end the shared one.
test("signing out ends access, including for the API", async ({ page }) => {
  await signInThroughForm(page, "viewer");
  const before = await page.request.get("/api/projects/demoPrj1/caches");
  expect(before.status()).toBe(200);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  const after = await page.request.get("/api/projects/demoPrj1/caches");
  expect(after.status()).toBe(401);
  await page.goto("/projects/demoPrj1/caches");
  await expect(page).toHaveURL(/\/sign-in/);
});
