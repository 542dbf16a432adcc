import { expect, test } from "./fixtures";
import { cachesFor, wizardUrl } from "./wizard-helpers";

test.use({ role: "operator" });

const CHARGES = [{ catalog: "payment", schema: "public", table: "charges" }];

test("invalid schedules are explained and blocked in the browser", async ({ page, sandbox }) => {
  await page.goto(await wizardUrl(sandbox, "schedules", CHARGES, "m=incremental"));
  const field = page.getByLabel("Incremental sync every", { exact: true });
  await field.fill("P1W");
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Weeks are not supported: use P7D.")).toBeVisible();
  await page.getByRole("button", { name: "Next: review" }).click();
  await expect(page).toHaveURL(/\/schedules/);
  await expect(field).toBeFocused();
  await page.getByRole("button", { name: "P7D", exact: true }).click();
  await expect(field).toHaveValue("P7D");
  await expect(field).not.toHaveAttribute("aria-invalid", "true");

  // A shared link with a bad schedule cannot be submitted either.
  await page.goto(await wizardUrl(sandbox, "review", CHARGES, "m=incremental&i=PT0S"));
  await expect(
    page.getByRole("alert").filter({ hasText: "Some schedules are missing or invalid" }),
  ).toBeVisible();
  await expect(page.getByRole("button", { name: "Create cache" })).toBeDisabled();
});

test("a bad schedule posted straight to the server action is refused and nothing is created", async ({
  page,
  sandbox,
}) => {
  await page.goto(await wizardUrl(sandbox, "review", CHARGES, "m=incremental&i=PT6H"));
  // Rewrite the action's request body on its way out, as a hand-crafted POST would.
  await page.route("**/caches/new/review**", async (route) => {
    const req = route.request();
    if (req.method() !== "POST") return route.continue();
    return route.continue({ postData: (req.postData() ?? "").replaceAll("PT6H", "P1W") });
  });
  await page.getByRole("button", { name: "Create cache" }).click();
  await expect(
    page.getByText(/The server refused the request: Weeks are not supported: use P7D\./),
  ).toBeVisible();
  await expect(page).toHaveURL(/\/review/);
  expect(await cachesFor(sandbox, "charges")).toHaveLength(0);
});

test("viewers get a clear page instead of the wizard", async ({ pageAs }) => {
  const page = await pageAs("viewer");
  await page.goto("/projects/demoPrj1/caches/new/tables");
  await expect(
    page.getByRole("heading", { name: "You need the operator role to create caches" }),
  ).toBeVisible();
  await expect(page.getByLabel("Catalog")).toHaveCount(0);
});
