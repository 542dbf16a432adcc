// Issue 12: anonymous requests are answered before any work. Through the fault console, whose every Partner API
// call passes the recording fault proxy: no anonymous page, layout or route handler makes a single call, and no
// answer (redirects included) carries data: not a submission's outcome, not the Partner API base URL, not whether
// a cache id exists. On the fault stack (e2e/projects.ts); `page` and `request` are anonymous visitors here.
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";

import type { APIRequestContext } from "@playwright/test";

import { expect, test } from "./fixtures";
import { stack } from "./stack";
import { callAction, readAnswer } from "./support/server-actions";

const PROJECT = "demoPrj1";
/** The fault console's Partner API base URL: the recording proxy in front of its sandbox. */
const PARTNER_API_BASE = `http://127.0.0.1:${stack.proxyPort}/api/v1`;
const BOGUS_COOKIE = "better-auth.session_token=not-a-real-session.abc";

/** Every page and route handler in the build, dynamic segments filled with `id`. */
function everyPath(cacheId: string): string[] {
  const manifest = JSON.parse(
    readFileSync(join(process.cwd(), ".next/server/app-paths-manifest.json"), "utf8"),
  ) as Record<string, string>;
  return Object.keys(manifest)
    .filter((key) => /\/(page|route)$/.test(key))
    .map((key) => key.replace(/\/(page|route)$/, "").replace(/\/\([^)]+\)/g, "") || "/")
    .filter((path) => !path.startsWith("/api/auth") && path !== "/_global-error")
    .map((path) =>
      path
        .replace(/\[projectId\]/g, PROJECT)
        .replace(/\[cacheId\]/g, cacheId)
        .replace(/\[[^\]]+\]/g, "x"),
    );
}

const upstreamLog = async (request: APIRequestContext) =>
  (await (await request.get(`${stack.proxyControlUrl}/log`)).json()) as { path: string }[];

/** The same answer whatever the request named: nonces and the named id itself taken out. */
const normalised = (body: string, id: string) =>
  body
    .replace(/nonce-[^']+'|nonce="[^"]+"|"nonce":"[^"]+"|\\"nonce\\":\\"[^"\\]+\\"/g, "NONCE")
    .split(id)
    .join("ID")
    .split(id.slice(0, 8))
    .join("ID8");

test("anonymous requests make no Partner API call and say nothing about what exists", async ({
  request,
  sandbox,
}) => {
  const existing = await sandbox.project(PROJECT).freshCache("payment", "public", "refunds", {});
  const unknown = randomUUID();
  const before = (await upstreamLog(request)).length;
  for (const cookie of ["", BOGUS_COOKIE]) {
    const answers: Record<string, string> = {};
    for (const id of [existing, unknown]) {
      for (const path of everyPath(id)) {
        for (const method of ["GET", "POST"] as const) {
          const response = await request.fetch(`${stack.faultConsoleUrl}${path}?k=${id}`, {
            method,
            headers: cookie ? { cookie } : {},
            maxRedirects: 0,
            ...(method === "POST" ? { data: {} } : {}),
          });
          expect(response.status(), `${method} ${path}`).toBeLessThan(500);
          const body = await response.text();
          expect(body, `${method} ${path}`).not.toContain(`127.0.0.1:${stack.proxyPort}`);
          const key = `${method} ${path.split(id).join("ID")}`;
          const seen = `${response.status()} ${normalised(body, id)}`;
          if (answers[key] !== undefined)
            expect(seen, `${key}: existing and unknown ids answer alike`).toBe(answers[key]);
          answers[key] = seen;
        }
      }
    }
  }
  const calls = (await upstreamLog(request)).slice(before);
  expect(calls.map((c) => c.path)).toEqual([]);
});

test("anonymous wizard pages carry neither the Partner API base URL nor a submission", async ({
  pageAs,
  request,
}) => {
  const operator = await pageAs("operator");
  const own = await operator.request.get(`/projects/${PROJECT}/caches/new/review`);
  expect(await own.text(), "an operator's review names the Partner API it will call").toContain(
    PARTNER_API_BASE,
  );
  for (const step of ["tables", "mode", "schedules", "review", "result"]) {
    const response = await request.get(
      `${stack.faultConsoleUrl}/projects/${PROJECT}/caches/new/${step}?k=${randomUUID()}`,
      { maxRedirects: 0 },
    );
    expect(response.status(), step).toBe(307);
    const body = await response.text();
    expect(body, step).not.toContain(PARTNER_API_BASE);
    expect(body, step).not.toMatch(/outcomes|There is no result/);
  }
});

test("an anonymous result page says nothing of a real submission, which its operator can read", async ({
  pageAs,
  request,
  sandbox,
}) => {
  const project = sandbox.project(PROJECT);
  await project.removeCachesOf("invoices", "public");
  const catalogId = await project.catalogId("payment");
  const operator = await pageAs("operator");
  const key = randomUUID();
  const created = await callAction(
    operator.request,
    "lib/actions/caches/create-caches.ts",
    {
      projectId: PROJECT,
      idempotencyKey: key,
      items: [
        {
          table: { catalogId, schemaName: "public", tableName: "invoices" },
          mode: "one-time",
          schedules: { incremental: null, fullRefresh: null },
        },
      ],
    },
    { origin: stack.faultConsoleUrl, at: `/projects/${PROJECT}/caches/new/review` },
  );
  expect(JSON.stringify(readAnswer(created.body)?.data), created.body.slice(0, 300)).toContain('"created"');

  const result = `/projects/${PROJECT}/caches/new/result?k=${key}`;
  // Before the operator's own page opens: it polls the new cache, which would show in the log below.
  const before = (await upstreamLog(request)).length;
  const anonymous = await request.get(`${stack.faultConsoleUrl}${result}`, { maxRedirects: 0 });
  expect(anonymous.status()).toBe(307);
  const body = await anonymous.text();
  expect(body).not.toMatch(/invoices|outcomes|created/);
  expect(body).not.toContain(catalogId);
  expect((await upstreamLog(request)).slice(before)).toEqual([]);

  // The key is real: its operator's result page shows the outcome.
  await operator.goto(result);
  await expect(operator.locator("[data-outcome=created]")).toContainText("payment.public.invoices");
});
