import { faultSandbox, PROJECT } from "./fault-matrix/upstream";
import { expect, test } from "./fixtures";

// On the fault-matrix stack, its own sandbox (no fault set): spaces, a slash, both quotes and non-Latin letters.
test.use({ role: "operator" });

const SCHEMA = `emea/"nord" région`;
const TABLE = `kunden 顧客 / o'brien "vip" list`;

test("a table named with spaces, slashes, quotes and non-Latin letters is created, listed and opened", async ({
  page,
}) => {
  const sandbox = faultSandbox(page.request);
  const crmId = await sandbox.catalogId("crm");
  const enc = (text: string) => encodeURIComponent(text).replaceAll("%", "%25");
  await page.goto(
    `/projects/${PROJECT}/caches/new/review?t=${enc(crmId)}/${enc(SCHEMA)}/${enc(TABLE)}&m=one-time`,
  );
  await expect(page.getByLabel("Request body (JSON)")).toContainText("kunden 顧客 / o'brien");
  await page.getByRole("button", { name: "Create cache" }).click();
  const created = page.locator("[data-outcome=created]");
  await expect(created).toContainText(TABLE);

  const caches = (await sandbox.caches()).filter((c) => c.tableName === TABLE);
  expect(caches).toHaveLength(1);

  await page.goto(`/projects/${PROJECT}/caches?q=${encodeURIComponent("kunden")}`);
  const row = page.getByRole("row").filter({ hasText: "kunden 顧客" });
  await expect(row).toBeVisible();

  await page.goto(`/projects/${PROJECT}/caches/${encodeURIComponent(caches[0]?.id ?? "")}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("kunden 顧客");
  await expect(page.locator("body")).toContainText(`o'brien "vip" list`);

  for (const cache of caches) await sandbox.remove(cache.id);
});
