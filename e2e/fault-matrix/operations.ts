import { expect, type Page } from "@playwright/test";

import type { ProxyLogEntry } from "../../tests/support/fault-proxy";
import { settle, type Shown } from "./checks";
import { DETAIL_OPERATIONS } from "./detail-operations";
import type { FaultStackName } from "../stack";
import { PARTNER_API, PROJECT } from "./upstream";

/** Caches in the fault sandbox that the detail-page operations work on (ids set up in beforeAll). */
export type DetailCaches = { idle: string; long: string; doomed: string | null };

export type OperationContext = {
  page: Page;
  /** The fault stack this worker's cells run on (each has its own console, proxy and sandbox). */
  stackName: FaultStackName;
  paymentId: string;
  crmId: string;
  caches: DetailCaches;
};

export type Operation = {
  id: string;
  label: string;
  /** The Partner API call the fault is scoped to ("METHOD /path" regex). */
  match: string;
  method: "GET" | "POST" | "PUT" | "DELETE";
  /** Reads may be retried (by the server for GETs, by the browser's query client); writes never are. */
  kind: "read" | "write";
  /** Our own route for a direct single call, so upstream attempts per console request can be counted. */
  route?: (ctx: OperationContext) => { method: "GET" | "POST"; path: string; data?: unknown };
  /** Tables a write creates: checked for exactly one cache each, then removed. */
  tables?: string[];
  /** Before the fault: brings the sandbox and the page to where the person is about to click. */
  prepare?: (ctx: OperationContext) => Promise<void>;
  run: (ctx: OperationContext) => Promise<Shown>;
  /** With the fault cleared, what a person does to get going again; returns how, for the report. */
  recover: (ctx: OperationContext, shown: Shown) => Promise<string>;
  /** After the recovery: the sandbox holds what exactly one carried-out write leaves behind. */
  verify?: (ctx: OperationContext, writes: ProxyLogEntry[]) => Promise<void>;
  /** Always, after the cell: leaves the sandbox ready for the next cell. */
  cleanup?: (ctx: OperationContext) => Promise<void>;
};

const api = PARTNER_API;
const enc = (text: string) => encodeURIComponent(text).replaceAll("%", "%25");
const tablesPath = (ctx: OperationContext) =>
  `/projects/${PROJECT}/caches/new/tables?c=${ctx.paymentId}&s=public`;

function reviewUrl(ctx: OperationContext, tables: string[]): string {
  const refs = tables.map((t) => `t=${enc(ctx.paymentId)}/public/${enc(t)}`);
  return `/projects/${PROJECT}/caches/new/review?${refs.join("&")}&m=one-time`;
}

async function submitCreate(ctx: OperationContext, tables: string[]): Promise<Shown> {
  const { page } = ctx;
  await page.goto(reviewUrl(ctx, tables));
  const button = page.getByRole("button", { name: /^Create (cache|\d+ caches)$/ });
  await expect(button).toBeEnabled();
  await button.click();
  const result = page.getByRole("heading", { name: "Result", level: 1 });
  const shown = await settle(page, result);
  if (shown.outcome === "error") return shown;
  const failed = page.locator("[data-outcome=failed]");
  if ((await failed.count()) > 0) return { outcome: "error", message: await failed.first().innerText() };
  // "exists": the answer was unreadable but the console found the cache Peaka had created all the same.
  await expect(page.locator("[data-outcome=created], [data-outcome=exists]")).toHaveCount(tables.length);
  return shown;
}

async function recoverCreate(ctx: OperationContext, shown: Shown, tables: string[]): Promise<string> {
  const { page } = ctx;
  if (shown.outcome === "success") return "created";
  const result = page.getByRole("heading", { name: "Result", level: 1 });
  let how = "submit again (same button)";
  if (await result.isVisible()) {
    // The result page reported a failure: going back to review and submitting again is the retry.
    await page.goto(reviewUrl(ctx, tables));
    how = "back to review, submit again";
  }
  const button = page.getByRole("button", { name: /^Create (cache|\d+ caches)$/ });
  const alreadyThere = page.getByText(/already exists/).first();
  // The button turns enabled once the table checks load; a late-landing create shows "already exists" instead.
  await expect(async () => {
    if (await alreadyThere.isVisible()) return;
    await expect(button).toBeEnabled({ timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  if (!(await alreadyThere.isVisible())) await button.click();
  await expect(result.or(alreadyThere).first()).toBeVisible({ timeout: 30_000 });
  await expect(page.locator("[data-outcome=failed]")).toHaveCount(0);
  const outcomes = await page
    .locator("[data-outcome]")
    .evaluateAll((els) => els.map((el) => el.getAttribute("data-outcome")));
  return `${how} → ${outcomes.join(" + ") || "already exists"}`;
}

export const OPERATIONS: Operation[] = [
  {
    id: "overview",
    label: "Caches overview",
    match: `^GET ${api}/cache/status(\\?|$)`,
    method: "GET",
    kind: "read",
    route: () => ({ method: "GET", path: `/api/projects/${PROJECT}/caches` }),
    async run({ page }) {
      await page.goto(`/projects/${PROJECT}/caches`);
      return settle(page, page.getByRole("row").filter({ hasText: "invoices" }));
    },
    async recover({ page }, shown) {
      if (shown.outcome === "success") return "none needed";
      await page.getByRole("button", { name: "Try again" }).first().click();
      await expect(page.getByRole("row").filter({ hasText: "invoices" })).toBeVisible();
      return "Try again button";
    },
  },
  {
    id: "wizard-tables",
    label: "Wizard: tables of a schema",
    match: `^GET ${api}/catalogs/[^/]+/schemas/public/tables(\\?|$)`,
    method: "GET",
    kind: "read",
    route: (ctx) => ({
      method: "GET",
      path: `/api/projects/${PROJECT}/catalogs/${ctx.paymentId}/schemas/public/tables`,
    }),
    async run(ctx) {
      await ctx.page.goto(tablesPath(ctx));
      return settle(ctx.page, ctx.page.getByText(/^\d+ of \d+ tables$/));
    },
    async recover(ctx, shown) {
      if (shown.outcome === "success") return "none needed";
      await ctx.page.reload();
      await expect(ctx.page.getByText(/^\d+ of \d+ tables$/)).toBeVisible();
      return "reload (no retry button)";
    },
  },
  {
    id: "wizard-search",
    label: "Wizard: project-wide search (a read sent as POST)",
    match: `^POST ${api}/search(\\?|$)`,
    method: "POST",
    kind: "read",
    route: () => ({ method: "POST", path: `/api/projects/${PROJECT}/search`, data: { query: "cust" } }),
    async run({ page }) {
      await page.goto(`/projects/${PROJECT}/caches/new/tables`);
      await page.locator("#wizard-search").fill("cust");
      return settle(page, page.getByText(/^\d+\+? matching tables$/));
    },
    async recover({ page }, shown) {
      if (shown.outcome === "success") return "none needed";
      await page.locator("#wizard-search").fill("custo");
      await expect(page.getByText(/^\d+\+? matching tables$/)).toBeVisible();
      return "edit the search";
    },
  },
  {
    id: "create",
    label: "Create (one table)",
    match: `^POST ${api}/cache(\\?|$)`,
    method: "POST",
    kind: "write",
    tables: ["customers"],
    run: (ctx) => submitCreate(ctx, ["customers"]),
    recover: (ctx, shown) => recoverCreate(ctx, shown, ["customers"]),
  },
  {
    id: "batch-create",
    label: "Batch create (two tables)",
    match: `^POST ${api}/cache/batch(\\?|$)`,
    method: "POST",
    kind: "write",
    tables: ["refunds", "subscriptions"],
    run: (ctx) => submitCreate(ctx, ["refunds", "subscriptions"]),
    recover: (ctx, shown) => recoverCreate(ctx, shown, ["refunds", "subscriptions"]),
  },
  ...DETAIL_OPERATIONS,
];
