import { readFileSync } from "node:fs";
import { join } from "node:path";

import { expect, test } from "./fixtures";

const PUBLIC = new Set([
  "/api/health",
  "/api/auth/[...all]",
  // The console API's description is public by design (docs/console-api.md); its handlers are not.
  "/api/v1/openapi.json",
  "/icon.svg",
  "/sign-in",
  "/_not-found",
  "/_global-error",
]);

/** Every route in the build, from Next's own manifest, with dynamic segments filled in. */
function routes(kind: "page" | "route"): string[] {
  const manifest = JSON.parse(
    readFileSync(join(process.cwd(), ".next/server/app-paths-manifest.json"), "utf8"),
  ) as Record<string, string>;
  return Object.keys(manifest)
    .filter((key) => key.endsWith(`/${kind}`))
    .map((key) => key.slice(0, -`/${kind}`.length).replace(/\/\([^)]+\)/g, "") || "/")
    .filter((path) => !PUBLIC.has(path))
    .map((path) => path.replace(/\[projectId\]/g, "demoPrj1").replace(/\[[^\]]+\]/g, "x"));
}

test("every route handler refuses a request without a session", async ({ request }) => {
  const handlers = routes("route");
  expect(handlers).toContain("/api/projects/demoPrj1/caches");
  for (const path of handlers) {
    // A handler without GET (search: POST; the API's schedules: PUT) answers it with 405 before any check runs.
    let response = await request.get(path);
    if (response.status() === 405) response = await request.post(path, { data: {} });
    if (response.status() === 405) response = await request.put(path, { data: {} });
    expect(response.status(), path).toBe(401);
    // The console API takes only a personal access token, and says so; everything else asks for a session.
    expect(await response.text(), path).toContain(
      path.startsWith("/api/v1/") ? "Send Authorization: Bearer <token>" : "Sign in to continue",
    );
  }
});

test("every page sends a visitor without a session to sign-in", async ({ page }) => {
  const pages = routes("page");
  expect(pages).toEqual(
    expect.arrayContaining(["/", "/projects", "/users", "/audit", "/projects/demoPrj1/caches"]),
  );
  for (const path of pages) {
    await page.goto(path);
    await expect(page, path).toHaveURL(/\/sign-in(\?|$)/);
  }
});
