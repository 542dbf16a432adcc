import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

import type { Page } from "@playwright/test";

import { expect, signInThroughForm, test } from "./fixtures";
import { stack } from "./stack";

function secrets(): string[] {
  const keys = [stack.partnerKey];
  const devKeys = join(stack.sandboxDataDir, "dev-keys.json");
  if (existsSync(devKeys)) {
    const parsed = JSON.parse(readFileSync(devKeys, "utf8")) as { projects?: { apiKey?: string }[] };
    for (const p of parsed.projects ?? []) if (p.apiKey) keys.push(p.apiKey);
  }
  return keys;
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Records every response body the browser receives while `visit` runs. */
async function recordResponses(page: Page, visit: () => Promise<void>): Promise<Map<string, string>> {
  const bodies = new Map<string, string>();
  const pending: Promise<void>[] = [];
  page.on("response", (response) => {
    pending.push(
      response
        .text()
        .then((text) => void bodies.set(`${response.request().method()} ${response.url()}`, text))
        .catch(() => undefined),
    );
  });
  await visit();
  await Promise.all(pending);
  return bodies;
}

test("the Partner API key never reaches the browser, the bundle or the log", async ({ page }) => {
  const keys = secrets();
  const pages = [
    "/projects/demoPrj1/caches",
    "/projects/demoPrj2/caches?q=a",
    "/projects/demoPrj1/caches/new/tables",
    "/projects",
    "/users",
    "/audit",
    "/forbidden",
  ];
  const bodies = await recordResponses(page, async () => {
    // Through the form, so the sign-in page and better-auth's answers are among the bodies checked.
    await signInThroughForm(page, "admin");
    for (const path of pages) {
      // The overview's list is fetched after hydration, which on a busy machine can come after "networkidle".
      const list = path.endsWith("/demoPrj1/caches")
        ? page.waitForResponse((r) => r.url().includes("/api/projects/demoPrj1/caches"))
        : undefined;
      await page.goto(path);
      await list;
      await page.waitForLoadState("networkidle");
    }
  });
  for (const path of pages) {
    const rsc = await page.request.get(path, { headers: { RSC: "1" } });
    bodies.set(`RSC ${path}`, await rsc.text());
  }
  expect(bodies.size).toBeGreaterThan(10);
  expect([...bodies.keys()].some((k) => k.includes("/api/projects/demoPrj1/caches"))).toBe(true);

  const staticFiles = filesUnder(join(process.cwd(), ".next/static"));
  expect(staticFiles.length).toBeGreaterThan(0);

  const logText = existsSync(stack.logFile) ? readFileSync(stack.logFile, "utf8") : "";
  expect(logText, "the console log file should record Partner API calls").toContain("peaka call");

  const leaks: string[] = [];
  for (const key of keys) {
    for (const [where, body] of bodies) if (body.includes(key)) leaks.push(where);
    for (const file of staticFiles) if (readFileSync(file, "utf8").includes(key)) leaks.push(file);
    if (logText.includes(key)) leaks.push(stack.logFile);
  }
  expect(leaks).toEqual([]);
});
