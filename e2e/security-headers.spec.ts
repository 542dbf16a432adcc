// Issue 12: security headers on every answer, a nonce-based CSP the app really runs under, bounded request bodies
// (refused before they are read), /forbidden as a real 403, and no indexing.
import { readFileSync } from "node:fs";
import { request as httpRequest, type ClientRequest } from "node:http";
import { join } from "node:path";

import { expect, test } from "./fixtures";
import { stack } from "./stack";

test("every answer carries the security headers and a nonce CSP without unsafe-inline scripts", async ({
  request,
}) => {
  const seen = new Set<string>();
  for (const path of [
    "/sign-in",
    "/api/health",
    "/robots.txt",
    "/no-such-page",
    "/api/projects/demoPrj1/caches",
  ]) {
    const response = await request.get(path, { maxRedirects: 0 });
    const h = response.headers();
    const csp = h["content-security-policy"] ?? "";
    const scriptSrc = csp.split(";").find((d) => d.trim().startsWith("script-src")) ?? "";
    expect(scriptSrc, path).toMatch(/'nonce-[A-Za-z0-9+/=]{16,}'/);
    expect(scriptSrc, path).not.toContain("unsafe-inline");
    expect(scriptSrc, path).not.toContain("unsafe-eval");
    expect(csp, path).toContain("frame-ancestors 'none'");
    expect(h["x-frame-options"], path).toBe("DENY");
    expect(h["x-content-type-options"], path).toBe("nosniff");
    expect(h["referrer-policy"], path).toBeTruthy();
    expect(h["permissions-policy"], path).toContain("camera=()");
    expect(h["x-robots-tag"], path).toContain("noindex");
    // Plain http here: HSTS only when served over https (e2e/security-throttle.spec.ts).
    expect(h["strict-transport-security"], path).toBeUndefined();
    seen.add(scriptSrc);
  }
  expect(seen.size, "a fresh nonce per answer").toBe(5);
  const robots = await request.get("/robots.txt");
  expect(await robots.text()).toMatch(/User-agent: \*\s+Disallow: \/\s*$/);
});

test("the console works under its CSP in Chromium, with no violation", async ({ pageAs }) => {
  const page = await pageAs("admin");
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to (execute|load|apply)/i.test(message.text()))
      violations.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      console.error(`Refused to execute (CSP): ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  await page.goto("/");
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  await page.getByRole("radio", { name: "Dark theme" }).click();
  await page.reload();
  // next-themes' inline script ran before paint: it needs the nonce.
  await expect(page.locator("html")).toHaveClass(/dark/);
  for (const path of [
    "/projects/demoPrj1/caches",
    "/users",
    "/audit",
    "/projects/demoPrj1/caches/new/tables",
  ]) {
    await page.goto(path);
    await expect(page.locator("main")).toBeVisible();
  }
  await page.getByRole("radio", { name: "Light theme" }).click();
  expect(violations).toEqual([]);
});

test("/forbidden answers 403", async ({ pageAs }) => {
  const page = await pageAs("viewer");
  const response = await page.goto("/users");
  await expect(page).toHaveURL(/\/forbidden$/);
  expect(response?.status()).toBe(403);
});

/** POSTs whatever `send` writes and resolves with the answer, without ever finishing the body itself. */
function postRaw(path: string, headers: Record<string, string | number>, send: (req: ClientRequest) => void) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = httpRequest(`${stack.consoleUrl}${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
    });
    req.on("response", (res) => {
      let body = "";
      res.on("data", (chunk: Buffer) => (body += chunk.toString()));
      res.on("end", () => {
        resolve({ status: res.statusCode ?? 0, body });
        req.destroy();
      });
    });
    req.on("error", reject);
    send(req);
  });
}

/** Declares a body of `bytes` but sends only the first kilobyte, then waits for the answer. */
const declareHugeBody = (path: string, bytes: number, headers: Record<string, string> = {}) =>
  postRaw(path, { "content-length": bytes, ...headers }, (req) => req.write("x".repeat(1024)));

test("oversized bodies get a plain 413 before they are read, anonymous or not", async ({ pageAs }) => {
  const signInAnswer = await declareHugeBody("/api/auth/sign-in/email", 150 * 1024 * 1024);
  expect(signInAnswer.status).toBe(413);
  expect(signInAnswer.body).toMatch(/^Request body too large: at most \d+ KiB here\.$/);
  const anonymousAction = await declareHugeBody("/projects", 2 * 1024 * 1024, {
    "next-action": "0".repeat(42),
  });
  expect(anonymousAction.status).toBe(413);

  const page = await pageAs("admin");
  const manifest = JSON.parse(
    readFileSync(join(process.cwd(), ".next/server/server-reference-manifest.json"), "utf8"),
  ) as { node: Record<string, { filename?: string }> };
  const id = Object.entries(manifest.node).find(
    ([, e]) => e.filename === "lib/actions/users/create-user.ts",
  )?.[0];
  // Just over Next's own 1 MB server-action limit, which answered 500 before.
  const response = await page.request.post("/users", {
    headers: { "Next-Action": id ?? "", Accept: "text/x-component", Origin: stack.consoleUrl },
    data: JSON.stringify([{ name: "x".repeat(1024 * 1024 + 10) }]),
  });
  expect(response.status()).toBe(413);
  expect(await response.text()).toBe("Request body too large: at most 1 MiB here.");
});

test("a body without a declared length is counted as it arrives and cut off at the bound", async () => {
  // 80 KiB in 1 KiB chunks, past the 64 KiB bound of /api/auth/.
  const answer = await postRaw("/api/auth/sign-in/email", { "transfer-encoding": "chunked" }, (req) => {
    for (let i = 0; i < 80; i++) req.write("x".repeat(1024));
  });
  expect(answer.status).toBe(413);
  expect(answer.body).toBe("Request body too large: at most 64 KiB here.");
});
