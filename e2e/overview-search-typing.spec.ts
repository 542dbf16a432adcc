import { expect, test } from "./fixtures";

const PROJECT = "demoPrj1";
const NEEDLE = "payment.public.invoices";

test.use({ role: "viewer" });

test("fast typing in the overview search loses no key and reaches the server at most once per pause", async ({
  page,
  sandbox,
}) => {
  const project = sandbox.project(PROJECT);
  const cacheId = await project.freshCache("payment", "public", "invoices", { fullRefresh: "P1D" });
  await page.goto(`/projects/${PROJECT}/caches`);
  const search = page.getByLabel("Search caches");
  await expect(page.getByRole("row").filter({ hasText: "invoices" }).first()).toBeVisible({
    timeout: 30_000,
  });

  // Server rendering of this page (an RSC fetch or a document load) is what the old URL round trip caused. Link
  // prefetches of the rows' detail pages are other pages: under load they came in the middle of the typing.
  const overviewPath = `/projects/${PROJECT}/caches`;
  const serverHits: string[] = [];
  page.on("request", (req) => {
    const url = new URL(req.url());
    if (url.pathname !== overviewPath) return;
    const rsc = url.searchParams.has("_rsc") || req.headers()["rsc"] === "1";
    if (rsc || req.resourceType() === "document") serverHits.push(req.url());
  });
  await search.pressSequentially(NEEDLE, { delay: 15 });
  await expect(search).toHaveValue(NEEDLE);
  await expect(page).toHaveURL(new RegExp(`[?&]q=${NEEDLE.replace(/\./g, "\\.")}(&|$)`));
  await expect(page.getByRole("row").filter({ hasText: "invoices" }).first()).toBeVisible();
  expect(serverHits.length, serverHits.join("\n")).toBeLessThanOrEqual(1);

  // A second burst after a pause is its own write, and the text still arrives whole.
  await search.press("End");
  await search.pressSequentially(" x", { delay: 15 });
  await expect(search).toHaveValue(`${NEEDLE} x`);
  await expect(page.getByRole("heading", { name: "No caches match these filters" })).toBeVisible();
  await page.getByRole("button", { name: "Clear filters" }).click();
  await expect(search).toHaveValue("");
  await expect(page).toHaveURL(new RegExp(`/projects/${PROJECT}/caches$`));
  expect(serverHits.length, serverHits.join("\n")).toBeLessThanOrEqual(2);
  // e2e/wizard-modes.spec.ts creates this table's cache through the wizard.
  await project.remove(cacheId);
});
