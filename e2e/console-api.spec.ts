import { execFile } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

import { request as playwrightRequest, type APIRequestContext } from "@playwright/test";

import { expect, test } from "./fixtures";
import { stack } from "./stack";
import { createToken, token } from "./support/api-tokens";
import { callAction, readAnswer } from "./support/server-actions";

// Issue 17: the console API with personal access tokens, and config as code through the real CLI, against the
// real console and sandbox.
test.use({ role: "admin" });

// In the run's folder, which goes when the run passes (e2e/support/run-dir-reporter.ts).
const dir = join(stack.runDir, "cli");
mkdirSync(dir, { recursive: true });

type Cli = { code: number; stdout: string; stderr: string };
function cc(token: string, ...args: string[]): Promise<Cli> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ["--import", "tsx", "scripts/cc.ts", ...args],
      {
        env: { ...process.env, CACHE_CONSOLE_URL: stack.consoleUrl, CACHE_CONSOLE_TOKEN: token },
        timeout: 60_000,
      },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

let api: APIRequestContext;
test.beforeAll(async () => {
  // Without a session: new contexts take the project's signed-in storage state unless told otherwise.
  api = await playwrightRequest.newContext({
    baseURL: stack.consoleUrl,
    storageState: { cookies: [], origins: [] },
  });
});
test.afterAll(async () => api.dispose());
const bearer = (t: string) => ({ authorization: `Bearer ${t}` });

test("export demoPrj1, plan and apply it to demoPrj2 (missing tables named), twice, then prune only on apply", async ({
  page,
  sandbox,
}) => {
  test.setTimeout(120_000);
  const p1 = sandbox.project("demoPrj1");
  const p2 = sandbox.project("demoPrj2");
  await p1.freshCache("payment", "public", "charges", { incremental: "PT1H", fullRefresh: "P1D" });
  await p2.removeCachesOf("campaigns");
  const { token: admin } = await token(page, { role: "admin" });

  const exported = join(dir, "demoPrj1.yaml");
  const out = await cc(admin, "export", "--project", "demoPrj1", "--out", exported);
  expect(out.code, out.stderr).toBe(0);
  const text = readFileSync(exported, "utf8");
  expect(text).toMatch(/catalog: payment\n\s+schema: public\n\s+table: charges/);
  expect(text).toMatch(/paused: false # default/);

  // The same file against the project it came from: nothing to do.
  const same = await cc(admin, "plan", exported, "--project", "demoPrj1", "--detailed-exitcode");
  expect(same.stdout).toMatch(/0 to create, 0 to update, 0 to delete/);
  expect(same.code).toBe(0);

  // demoPrj2 has only the marketing catalog: every demoPrj1 table is missing, the one added here is created.
  const promoted = join(dir, "demoPrj2.yaml");
  writeFileSync(
    promoted,
    `${text}  - catalog: marketing\n    schema: public\n    table: campaigns\n    schedules:\n      incremental: null\n      fullRefresh: P1D\n    freshnessTarget:\n      warnAfter: P2D\n      errorAfter: P4D\n    paused: true\n`,
  );
  const plan = await cc(admin, "plan", promoted, "--project", "demoPrj2", "--detailed-exitcode");
  expect(plan.stdout).toContain(
    "! missing   payment.public.charges: project demoPrj2 has no catalog named payment",
  );
  expect(plan.stdout).toContain("+ create    marketing.public.campaigns");
  expect(plan.code, "a plan with missing tables cannot be carried out").toBe(1);
  expect(
    (await p2.caches()).some((c) => c.tableName === "campaigns"),
    "plan changes nothing",
  ).toBe(false);

  const first = await cc(admin, "apply", promoted, "--project", "demoPrj2");
  expect(first.stdout).toMatch(
    /ok {5}create {4}marketing\.public\.campaigns: Created\. Freshness target set\. Paused/,
  );
  expect(first.stdout).toMatch(
    /FAILED missing {3}payment\.public\.charges: Not created: project demoPrj2 has no catalog/,
  );
  const [campaigns] = (
    (await api.get("/api/v1/projects/demoPrj2/caches", { headers: bearer(admin) }).then((r) => r.json())) as {
      caches: {
        id: string;
        table: string;
        paused: boolean;
        schedules: unknown;
        pausedSchedules: unknown;
        freshness: { source: string; warnAfter: string };
      }[];
    }
  ).caches.filter((c) => c.table === "campaigns");
  expect(campaigns).toMatchObject({
    paused: true,
    schedules: { incremental: null, fullRefresh: null },
    pausedSchedules: { incremental: null, fullRefresh: "P1D" },
    freshness: { source: "cache", warnAfter: "P2D" },
  });
  expect(await p2.schedules(campaigns!.id)).toEqual({ incremental: null, fullRefresh: null });

  const second = await cc(admin, "apply", promoted, "--project", "demoPrj2", "--json");
  const results = (JSON.parse(second.stdout) as { results: { key: string; action: string }[] }).results;
  expect(results.find((r) => r.key === "marketing.public.campaigns")?.action).toBe("unchanged");
  expect(results.filter((r) => r.action !== "unchanged" && r.action !== "missing")).toEqual([]);

  // Prune: a cache made after the export is listed as a deletion, and stays until apply.
  const extra = await p1.freshCache("payment", "public", "invoices", { fullRefresh: "P1D" });
  const withoutInvoices = text.replace(
    / {2}- catalog: payment\n {4}schema: public\n {4}table: invoices\n(?: {4}.*\n)+/,
    "",
  );
  writeFileSync(exported, withoutInvoices);
  const prunePlan = await cc(
    admin,
    "plan",
    exported,
    "--project",
    "demoPrj1",
    "--prune",
    "--detailed-exitcode",
  );
  expect(prunePlan.stdout).toContain("- delete    payment.public.invoices");
  expect(prunePlan.code).toBe(2);
  expect((await p1.status(extra)).status).not.toBe("deleted");
  const pruned = await cc(admin, "apply", exported, "--project", "demoPrj1", "--prune");
  expect(pruned.stdout).toMatch(/ok {5}delete {4}payment\.public\.invoices/);
  expect(pruned.code, pruned.stdout).toBe(0);
  const after = await cc(admin, "plan", exported, "--project", "demoPrj1", "--prune", "--detailed-exitcode");
  expect(after.code, after.stdout).toBe(0);
});

test("tokens: Bearer only, never on pages, role capped, project limit, revoke, audited with the token id", async ({
  page,
  pageAs,
  sandbox,
}) => {
  const cacheId = await sandbox
    .project("demoPrj1")
    .freshCache("payment", "public", "refunds", { incremental: "PT6H" });
  // Cookies are not accepted on /api/v1: the admin's signed-in request is refused.
  const withCookie = await page.request.get("/api/v1/projects/demoPrj1/caches");
  expect(withCookie.status()).toBe(401);
  expect(((await withCookie.json()) as { error: { message: string } }).error.message).toMatch(
    /does not accept the session cookie/,
  );

  const viewerPage = await pageAs("viewer");
  expect(await createToken(viewerPage, { role: "admin" })).toMatch(
    /no higher than its user's: viewer@demo\.test is viewer/,
  );
  const viewer = await token(viewerPage, { role: "viewer" });
  expect(await createToken(viewerPage, { role: "viewer", userId: "someone-else" })).toMatch(
    /Only admins create tokens for other people/,
  );
  const list = await api.get("/api/v1/projects/demoPrj1/caches", { headers: bearer(viewer.token) });
  expect(list.status()).toBe(200);
  const run = await api.post(`/api/v1/projects/demoPrj1/caches/${cacheId}/run-full`, {
    headers: bearer(viewer.token),
  });
  expect(run.status()).toBe(403);

  // Tokens are not accepted by pages nor by the browser's own route handlers.
  expect((await api.get("/api/projects/demoPrj1/caches", { headers: bearer(viewer.token) })).status()).toBe(
    401,
  );
  const pageCall = await api.get("/projects/demoPrj1/caches", {
    headers: bearer(viewer.token),
    maxRedirects: 0,
  });
  expect(pageCall.status()).toBeGreaterThanOrEqual(300);
  expect(pageCall.headers().location ?? "").toContain("/sign-in");

  const limited = await token(page, { role: "operator", projectId: "demoPrj1" });
  expect(
    (await api.get("/api/v1/projects/demoPrj2/caches", { headers: bearer(limited.token) })).status(),
  ).toBe(403);
  const target = await api.put(`/api/v1/projects/demoPrj1/caches/${cacheId}/freshness-target`, {
    headers: bearer(limited.token),
    data: { target: { warnAfter: "PT1H", errorAfter: "PT30M" } },
  });
  expect(target.status()).toBe(400);
  expect(JSON.stringify(await target.json())).toContain("target.errorAfter");
  const set = await api.put(`/api/v1/projects/demoPrj1/caches/${cacheId}/freshness-target`, {
    headers: bearer(limited.token),
    data: { target: { warnAfter: "PT12H", errorAfter: "P1D" } },
  });
  expect(set.status(), await set.text()).toBe(200);
  const short = await api.put(`/api/v1/projects/demoPrj1/caches/${cacheId}/schedules`, {
    headers: bearer(limited.token),
    data: { schedules: { incremental: "PT1S", fullRefresh: null } },
  });
  expect(short.status()).toBe(400);
  expect(JSON.stringify(await short.json())).toContain("schedules.incremental");

  const audit = await page.request.get("/api/audit/export?action=cache.freshness-target");
  expect(await audit.text()).toContain(`admin@demo.test (token ${limited.id})`);
  const refusals = await page.request.get("/api/audit/export?action=cache.run-full-refresh");
  expect(await refusals.text()).toContain(`viewer@demo.test (token ${viewer.id})`);

  const notYours = await callAction(
    viewerPage.request,
    "lib/actions/tokens/revoke-token.ts",
    { tokenId: limited.id },
    { origin: stack.consoleUrl },
  );
  expect(readAnswer(notYours.body)?.serverError).toMatch(/no such token of yours/);
  const { body } = await callAction(
    page.request,
    "lib/actions/tokens/revoke-token.ts",
    { tokenId: limited.id },
    { origin: stack.consoleUrl },
  );
  expect(readAnswer(body)?.data).toEqual({ id: limited.id });
  expect(
    (await api.get("/api/v1/projects/demoPrj1/caches", { headers: bearer(limited.token) })).status(),
  ).toBe(401);

  const openapi = (await (await api.get("/api/v1/openapi.json")).json()) as {
    paths: Record<string, unknown>;
  };
  expect(Object.keys(openapi.paths)).toContain("/projects/{projectId}/config/plan");

  const fresh = await cc(viewer.token, "freshness", "check", "--project", "demoPrj1");
  expect(fresh.stdout).toMatch(/Freshness: /);
  expect([0, 1]).toContain(fresh.code);
});
