import { appendFileSync, existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

import type { BrowserContext, Page } from "@playwright/test";

import { authFile, expect, test } from "./fixtures";

import { expectHealthyPage, GUIDANCE, leaksIn } from "./fault-matrix/checks";
import { FAULTS, type FaultCase } from "./fault-matrix/faults";
import { OPERATIONS, type Operation, type OperationContext } from "./fault-matrix/operations";
import { writeReliabilityReport, type CellRecord } from "./fault-matrix/report";
import { BASE_SCHEDULES, faultSandbox, proxy } from "./fault-matrix/upstream";
import { faultUrls, stack, type FaultStackName } from "./stack";

let context: BrowserContext;
let page: Page;
let ctx: OperationContext;
let stackName: FaultStackName;
// The matrix's rows run on two fault stacks side by side (projects fault-matrix and fault-matrix-b in
// playwright.config.ts): these rows are tagged @fault-b. Chosen so the two take about as long, the first stack
// also running the other fault-stack specs (e2e/projects.ts); docs/benchmarks.md has the per-row times.
const ON_FAULT_B = new Set([
  "hang",
  "latency-past",
  "reset",
  "502",
  "latency-under",
  "malformed-json",
  "401",
  "403",
]);
for (const id of ON_FAULT_B)
  if (!FAULTS.some((f) => f.id === id)) throw new Error(`ON_FAULT_B names no fault: ${id}`);
// Cells go to a file (both stacks append to it) so a worker restarted after a failing test still reports every
// cell, and whichever stack finishes last writes the whole report.
const cellsFile = join(stack.runDir, "fault-matrix-cells.jsonl");
// Faults the proxy logs as soon as the request arrives or is answered by the sandbox (all but "refused").
const LOGGED_AT_ONCE = new Set([
  "latency",
  "hang",
  "reset",
  "status",
  "rate-limit",
  "malformed-json",
  "html",
]);

test.beforeAll(async ({ browser }, testInfo) => {
  const name = (testInfo.project.use as { stackName?: string }).stackName;
  if (name !== "fault" && name !== "fault-b")
    throw new Error(`the fault matrix needs a fault stack, not ${name}`);
  stackName = name;
  // Deleting needs the admin role; every other operation behaves the same for an operator.
  context = await browser.newContext({
    baseURL: faultUrls(stackName).consoleUrl,
    storageState: authFile(stackName, "admin"),
  });
  page = await context.newPage();
  await proxy(page.request, stackName).clear();
  const sandbox = faultSandbox(page.request, stackName);
  const [paymentId, crmId] = await Promise.all([sandbox.catalogId("payment"), sandbox.catalogId("crm")]);
  // One cache so the overview has a row to show (and "mutate" has something to mangle).
  const existing = await sandbox.caches();
  if (!existing.some((c) => c.tableName === "invoices"))
    await sandbox.create({ catalogId: paymentId, schemaName: "public", tableName: "invoices" });
  // The detail operations: one cache that stays idle between cells, one whose full refresh lasts a minute
  // in this throttled sandbox (cells start it, then cancel it).
  const reuse = (catalogId: string, schema: string, table: string) =>
    existing.find((c) => c.tableName === table)?.id ??
    sandbox.create({ catalogId, schemaName: schema, tableName: table }, BASE_SCHEDULES);
  const [idle, long] = await Promise.all([
    reuse(crmId, "sales", "companies"),
    reuse(paymentId, "public", "charges"),
  ]);
  await sandbox.cancelFullRefresh(long);
  await Promise.all([sandbox.waitIdle(idle), sandbox.waitIdle(long)]);
  ctx = { page, stackName, paymentId, crmId, caches: { idle, long, doomed: null } };
});

test.afterAll(async () => {
  await context?.close();
  const cells = existsSync(cellsFile)
    ? readFileSync(cellsFile, "utf8")
        .split("\n")
        .filter(Boolean)
        .map((line) => JSON.parse(line) as CellRecord)
    : [];
  writeReliabilityReport(cells, FAULTS, OPERATIONS);
});

const matches = (op: Operation) => (e: { method: string; path: string }) =>
  new RegExp(op.match).test(`${e.method} ${e.path}`);

/** One direct call to our own route: its answer must be plain, and the upstream call count must follow policy. */
async function checkRoute(op: Operation, fault: FaultCase): Promise<number | null> {
  if (!op.route) return null;
  const control = proxy(page.request, stackName);
  const call = op.route(ctx);
  await control.clearLog();
  const response =
    call.method === "GET"
      ? await page.request.get(call.path)
      : await page.request.post(call.path, { data: call.data });
  const body = await response.text();
  expect(response.status(), `${call.path} must never answer 500`).not.toBe(500);
  expect(leaksIn(body), `raw text in ${call.path}: ${body.slice(0, 300)}`).toEqual([]);
  if (response.status() >= 400) expect(body).toMatch(GUIDANCE);
  // Only this request's own calls: a page render still running from an earlier cell can call the same endpoint.
  const requestId = response.headers()["x-request-id"];
  expect(requestId, `${call.path} names its request id`).toBeTruthy();
  const attempts = (await control.log()).filter((e) => matches(op)(e) && e.requestId === requestId).length;
  // Refused connections never reach the proxy.
  if (fault.id === "refused") return null;
  const expected = op.kind === "read" ? fault.getAttempts : 1;
  if (expected !== null) expect(attempts, `upstream calls for one ${op.kind} (${op.method})`).toBe(expected);
  return attempts;
}

async function runCell(fault: FaultCase, op: Operation): Promise<CellRecord> {
  const control = proxy(page.request, stackName);
  const sandbox = faultSandbox(page.request, stackName);
  const cell: CellRecord = {
    fault: fault.id,
    op: op.id,
    outcome: "not run",
    message: "",
    recovery: "",
    attempts: null,
    failure: null,
  };
  const browserErrors: string[] = [];
  const onError = (error: Error) => browserErrors.push(error.message);
  page.on("pageerror", onError);
  const spec = fault.fault(op.match);
  try {
    if (op.prepare) await op.prepare(ctx);
    else {
      // Nothing from the previous page may still be polling or in flight while calls are counted.
      await page.goto("about:blank");
      await page.waitForTimeout(500);
    }
    await control.set(spec);
    await control.clearLog();
    cell.attempts = await checkRoute(op, fault);

    await control.set(spec);
    await control.clearLog();
    const shown = await op.run(ctx);
    cell.outcome = shown.outcome;
    cell.message = shown.message;
    await expectHealthyPage(page);
    const expected = op.kind === "read" ? fault.read : fault.write;
    if (expected !== "either")
      expect(shown.outcome, `expected ${expected}, saw: ${shown.message}`).toBe(expected);
    if (op.kind === "write") {
      const writes = (await control.log()).filter(matches(op)).length;
      expect(writes, `one click sends at most one ${op.method}`).toBeLessThanOrEqual(1);
      if (LOGGED_AT_ONCE.has(spec.kind)) expect(writes).toBe(1);
      cell.attempts = spec.kind === "refused" ? null : writes;
    }

    await control.clear();
    cell.recovery = await op.recover(ctx, shown);
    await expectHealthyPage(page);
    await op.verify?.(ctx, (await control.log()).filter(matches(op)));
    if (op.tables) {
      const caches = await sandbox.caches();
      for (const table of op.tables)
        expect(
          caches.filter((c) => c.tableName === table),
          `caches for ${table}`,
        ).toHaveLength(1);
    }
    expect(browserErrors, "uncaught errors in the browser").toEqual([]);
  } catch (error) {
    cell.failure = error instanceof Error ? error.message : String(error);
  } finally {
    page.off("pageerror", onError);
    await control.clear();
    if (op.tables) {
      for (const cache of await sandbox.caches())
        if (op.tables.includes(cache.tableName)) await sandbox.remove(cache.id);
    }
    await op.cleanup?.(ctx);
  }
  return cell;
}

for (const fault of FAULTS) {
  const tag = ON_FAULT_B.has(fault.id) ? ["@fault-b"] : [];
  test(`fault matrix: ${fault.label}`, { tag }, async () => {
    test.setTimeout(240_000);
    const failures: string[] = [];
    for (const op of OPERATIONS) {
      const cell = await runCell(fault, op);
      appendFileSync(cellsFile, `${JSON.stringify(cell)}\n`);
      if (cell.failure) failures.push(`${op.label}: ${cell.failure}`);
    }
    expect(failures).toEqual([]);
  });
}
