import type { Request } from "@playwright/test";

import { PROJECT } from "./fault-matrix/upstream";
import { expect, signInThroughForm, test } from "./fixtures";
import { stack } from "./stack";

// Runs on the fault-matrix stack (its console and its own sandbox, no fault set), so no other spec's tables are
// touched.

const TABLE = "charges";

test("a server action replayed from a foreign origin or without a session creates nothing", async ({
  pageAs,
  playwright,
  sandbox: partner,
}) => {
  const sandbox = partner.project(PROJECT);
  const paymentId = await sandbox.catalogId("payment");
  const countCaches = async () => (await sandbox.caches()).filter((c) => c.tableName === TABLE).length;
  expect(await countCaches()).toBe(0);

  const page = await pageAs("operator");
  const enc = (text: string) => encodeURIComponent(text).replaceAll("%", "%25");
  await page.goto(`/projects/${PROJECT}/caches/new/review?t=${enc(paymentId)}/public/${TABLE}&m=one-time`);

  // Capture the real action request the browser sends, then stop it before it reaches the server.
  let captured: Request | undefined;
  await page.route("**/caches/new/review**", async (route) => {
    if (route.request().method() === "POST" && route.request().headers()["next-action"]) {
      captured = route.request();
      await route.abort();
      return;
    }
    await route.continue();
  });
  await page.getByRole("button", { name: "Create cache" }).click();
  await expect.poll(() => captured !== undefined).toBe(true);
  const action = captured as Request;
  const headers = { ...action.headers() };
  const body = action.postData() ?? "";
  const url = action.url();

  const foreign = await page.request.post(url, {
    headers: { ...headers, origin: "https://evil.example" },
    data: body,
  });
  expect(foreign.status(), "a foreign Origin must not be served").not.toBe(200);
  expect(await countCaches()).toBe(0);

  const anonymous = await playwright.request.newContext();
  const withoutCookie = Object.fromEntries(Object.entries(headers).filter(([name]) => name !== "cookie"));
  const noSession = await anonymous.post(url, {
    headers: { ...withoutCookie, origin: stack.faultConsoleUrl },
    data: body,
  });
  expect(await noSession.text()).toContain("Your session has ended");
  await anonymous.dispose();
  expect(await countCaches()).toBe(0);

  // The same request from the console's own origin with the session works: the replay itself is sound.
  const own = await page.request.post(url, {
    headers: { ...headers, origin: stack.faultConsoleUrl },
    data: body,
  });
  expect(own.status()).toBe(200);
  await expect.poll(countCaches).toBe(1);
  for (const cache of await sandbox.caches()) if (cache.tableName === TABLE) await sandbox.remove(cache.id);
});

// About the cookie that signing in sets, so it signs in through the form.
test("the session cookie is HttpOnly and SameSite", async ({ page, context }) => {
  await signInThroughForm(page, "viewer");
  const session = (await context.cookies()).find((c) => c.name.endsWith("session_token"));
  expect(session, "a better-auth session cookie").toBeDefined();
  expect(session?.httpOnly).toBe(true);
  expect(["Lax", "Strict"]).toContain(session?.sameSite);
  // Served over plain http here, so not Secure; tests/db/console-db.test.ts checks Secure under an https URL.
  expect(session?.secure).toBe(false);
});
