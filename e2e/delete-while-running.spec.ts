// Deleting a cache whose refresh is running: the page polls every second, and Peaka removes the cache before its
// answer arrives (the fault proxy holds that answer back). The person must still get the "Deleted" message and
// land on the overview, not a "Cache not found" page that swallowed the outcome.
import { BASE_SCHEDULES, faultSandbox, PARTNER_API, PROJECT, proxy } from "./fault-matrix/upstream";
import { expect, test } from "./fixtures";

const TABLE = "customers";

test.use({ role: "admin" });

test.afterEach(async ({ request }) => {
  await proxy(request).clear();
  await faultSandbox(request).removeCachesOf(TABLE);
});

test("delete while a full refresh runs shows Deleted and returns to the overview", async ({
  page,
  request,
}) => {
  const sandbox = faultSandbox(request);
  // The fault sandbox copies about 1,000 rows a second, so this first full refresh runs for many seconds.
  const cacheId = await sandbox.runningCache("payment", "public", TABLE, BASE_SCHEDULES);
  expect((await sandbox.status(cacheId)).status).toBe("RUNNING");

  await page.goto(`/projects/${PROJECT}/caches/${cacheId}`);
  await expect(page.locator('section[data-run-kind="full"]')).toBeVisible();
  await page.getByRole("button", { name: "Delete cache" }).click();
  const dialog = page.getByRole("dialog", { name: /^Delete the cache of/ });
  await expect(dialog).toBeVisible();

  // Peaka does the delete at once; its answer reaches the console 1.2 s later, after at least one poll.
  await proxy(request).set({
    kind: "latency",
    delayMs: 1_200,
    match: `^DELETE ${PARTNER_API}/cache/${cacheId}`,
  });
  await dialog.getByRole("button", { name: "Delete cache and data" }).click();

  await expect(page.locator("[data-sonner-toast]").filter({ hasText: /Deleted: the cache/ })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/projects/${PROJECT}/caches$`));
  await expect(page.getByRole("heading", { name: "Cache not found" })).toHaveCount(0);
  expect((await sandbox.caches()).filter((c) => c.id === cacheId)).toEqual([]);
});
