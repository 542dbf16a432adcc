import { expect, type Locator, type Page } from "@playwright/test";

import type { ProxyLogEntry } from "../../tests/support/fault-proxy";
import { settle, type Shown } from "./checks";
import type { Operation, OperationContext } from "./operations";
import { ODD_SCHEMA, ODD_TABLE } from "../../sandbox/seed/crm";
import { BASE_SCHEDULES, faultSandbox, PARTNER_API, PROJECT } from "./upstream";

const detailUrl = (cacheId: string) => `/projects/${PROJECT}/caches/${cacheId}`;
const toast = (page: Page, text: RegExp) => page.locator("[data-sonner-toast]").filter({ hasText: text });
const runCard = (page: Page, kind: "full" | "incremental") =>
  page.locator(`section[data-run-kind="${kind}"]`);
const sandboxOf = (ctx: OperationContext) => faultSandbox(ctx.page.request, ctx.stackName);

async function openDetail(page: Page, cacheId: string): Promise<void> {
  await page.goto(detailUrl(cacheId));
  // The run cards render once the client clock ticks: from then on the page is interactive.
  await expect(runCard(page, "full")).toBeVisible();
}

/** Clicks and waits for the success toast or one of the console's plain messages. */
async function clickAndSettle(page: Page, button: Locator, success: RegExp): Promise<Shown> {
  await button.click();
  return settle(page, toast(page, success));
}

/** The retry after the fault cleared: the earlier failure's toast may still show, so wait for success itself. */
async function clickAndSucceed(page: Page, button: Locator, success: RegExp): Promise<void> {
  await button.click();
  await expect(toast(page, success)).toBeVisible();
}

type Recovery = { done: () => Promise<boolean>; redo: () => Promise<void>; what: string };

/**
 * The way back after a failed write, as the console's message says: when it cannot tell whether Peaka carried the
 * write out (a late or unreadable answer) it asks for a refresh first, and the person repeats the write only when
 * the page does not show it done; otherwise the same button again.
 */
async function recoverWrite(page: Page, shown: Shown, recovery: Recovery): Promise<string> {
  if (shown.outcome === "success") return "none needed";
  if (!/Refresh to check/.test(shown.message)) {
    await recovery.redo();
    return "the same button again";
  }
  await page.reload();
  if (await recovery.done()) return `refresh: already ${recovery.what}`;
  await recovery.redo();
  return "refresh, then again";
}

async function shownAttribute(locator: Locator, name: string): Promise<string | null> {
  await expect(locator).toBeVisible();
  return locator.getAttribute(name);
}

/** Exactly one write reached Peaka over the faulted click and the recovery: nothing done twice. */
function expectOneCarriedOut(writes: ProxyLogEntry[]): void {
  expect(
    writes.filter((w) => w.forwarded),
    "writes that reached Peaka",
  ).toHaveLength(1);
}

const NEW_INCREMENTAL = { typed: "8h", iso: "PT8H", words: /incremental every 8 hours/ };
const RUN_STARTED = /incremental sync (has started|is queued|was already queued)/;
const CANCELLING = /Cancelling the full refresh/;
const DELETED = /Deleted: the cache/;
let runIdBefore: string | null = null;
let runsBefore = 0;

async function editSchedules(page: Page): Promise<Locator> {
  const dialog = page.getByRole("dialog", { name: "Edit schedules" });
  if (!(await dialog.isVisible())) {
    await page.getByRole("button", { name: "Edit schedules" }).click();
    await expect(dialog).toBeVisible();
  }
  await dialog.getByRole("textbox", { name: "Incremental sync every" }).fill(NEW_INCREMENTAL.typed);
  return dialog.getByRole("button", { name: "Save schedules" });
}

async function deleteButton(page: Page): Promise<Locator> {
  const dialog = page.getByRole("dialog", { name: /^Delete the cache of/ });
  if (!(await dialog.isVisible())) {
    await page.getByRole("button", { name: "Delete cache" }).click();
    await expect(dialog).toBeVisible();
  }
  return dialog.getByRole("button", { name: "Delete cache and data" });
}

export const DETAIL_OPERATIONS: Operation[] = [
  {
    id: "detail",
    label: "Cache detail page",
    match: `^GET ${PARTNER_API}/cache/[^/?]+/status(\\?|$)`,
    method: "GET",
    kind: "read",
    route: (ctx) => ({ method: "GET", path: `/api/projects/${PROJECT}/caches/${ctx.caches.idle}` }),
    async run({ page, caches }) {
      await page.goto(detailUrl(caches.idle));
      return settle(page, page.getByRole("heading", { level: 1, name: /companies/ }));
    },
    async recover({ page }, shown) {
      if (shown.outcome === "success") return "none needed";
      await page.getByRole("button", { name: "Try again" }).first().click();
      await expect(page.getByRole("heading", { level: 1, name: /companies/ })).toBeVisible();
      return "Try again button";
    },
  },
  {
    id: "edit-schedules",
    label: "Edit schedules (detail dialog)",
    match: `^PUT ${PARTNER_API}/cache/[^/?]+(\\?|$)`,
    method: "PUT",
    kind: "write",
    async prepare(ctx) {
      await sandboxOf(ctx).setSchedules(ctx.caches.idle, BASE_SCHEDULES);
      await openDetail(ctx.page, ctx.caches.idle);
      await editSchedules(ctx.page);
    },
    run: async ({ page }) => clickAndSettle(page, await editSchedules(page), /Schedules saved/),
    recover: ({ page }, shown) =>
      recoverWrite(page, shown, {
        what: "saved",
        async done() {
          const words = page.getByTestId("schedule-words");
          await expect(words).toBeVisible();
          return NEW_INCREMENTAL.words.test(await words.innerText());
        },
        redo: async () => clickAndSucceed(page, await editSchedules(page), /Schedules saved/),
      }),
    async verify(ctx, writes) {
      expect(await sandboxOf(ctx).schedules(ctx.caches.idle)).toEqual({
        ...BASE_SCHEDULES,
        incremental: NEW_INCREMENTAL.iso,
      });
      expectOneCarriedOut(writes);
    },
  },
  {
    id: "run-now",
    label: "Run incremental now",
    match: `^POST ${PARTNER_API}/cache/[^/?]+/incrementalUpdate(\\?|$)`,
    method: "POST",
    kind: "write",
    async prepare(ctx) {
      const sandbox = sandboxOf(ctx);
      await sandbox.waitIdle(ctx.caches.idle);
      runsBefore = await sandbox.runs(ctx.caches.idle);
      await openDetail(ctx.page, ctx.caches.idle);
      runIdBefore = await runCard(ctx.page, "incremental").getAttribute("data-run-id");
    },
    run: ({ page }) =>
      clickAndSettle(page, page.getByRole("button", { name: "Run incremental now" }), RUN_STARTED),
    recover: ({ page }, shown) =>
      recoverWrite(page, shown, {
        what: "started",
        done: async () => (await shownAttribute(runCard(page, "incremental"), "data-run-id")) !== runIdBefore,
        redo: () =>
          clickAndSucceed(page, page.getByRole("button", { name: "Run incremental now" }), /has started/),
      }),
    async verify(ctx, writes) {
      const sandbox = sandboxOf(ctx);
      await sandbox.waitIdle(ctx.caches.idle);
      expect(await sandbox.runs(ctx.caches.idle), "runs started by the cell").toBe(runsBefore + 1);
      expectOneCarriedOut(writes);
    },
  },
  {
    id: "cancel-run",
    label: "Cancel a running full refresh",
    match: `^POST ${PARTNER_API}/cache/[^/?]+/cancelFullRefreshUpdate(\\?|$)`,
    method: "POST",
    kind: "write",
    async prepare(ctx) {
      const sandbox = sandboxOf(ctx);
      await sandbox.waitIdle(ctx.caches.long);
      await sandbox.startFullRefresh(ctx.caches.long);
      await openDetail(ctx.page, ctx.caches.long);
      await expect(ctx.page.getByRole("button", { name: "Cancel full refresh" })).toBeVisible();
    },
    run: ({ page }) =>
      clickAndSettle(page, page.getByRole("button", { name: "Cancel full refresh" }), CANCELLING),
    recover: ({ page }, shown) =>
      recoverWrite(page, shown, {
        what: "cancelled",
        done: async () =>
          (await shownAttribute(runCard(page, "full").locator("[data-status]"), "data-status")) ===
          "cancelled",
        redo: () =>
          clickAndSucceed(page, page.getByRole("button", { name: "Cancel full refresh" }), CANCELLING),
      }),
    async verify(ctx, writes) {
      const status = await sandboxOf(ctx).waitIdle(ctx.caches.long);
      expect(status.lastFullRefreshCacheExecution?.status).toBe("CANCELLED");
      expectOneCarriedOut(writes);
    },
    cleanup: (ctx) => sandboxOf(ctx).cancelFullRefresh(ctx.caches.long),
  },
  {
    id: "delete",
    label: "Delete (with confirmation)",
    match: `^DELETE ${PARTNER_API}/cache/[^/?]+(\\?|$)`,
    method: "DELETE",
    kind: "write",
    async prepare(ctx) {
      const sandbox = sandboxOf(ctx);
      // A small table: its first full refresh ends at once, so the page polls slowly and the click meets no race.
      ctx.caches.doomed ??= await sandbox.create(
        { catalogId: ctx.crmId, schemaName: ODD_SCHEMA, tableName: ODD_TABLE },
        BASE_SCHEDULES,
      );
      await sandbox.waitIdle(ctx.caches.doomed);
      await openDetail(ctx.page, ctx.caches.doomed);
      await deleteButton(ctx.page);
    },
    // The page stops polling while the delete is in flight, so only the toast counts as success; after a failed
    // answer polling resumes and may show "Cache not found", which the recovery reads as "already deleted".
    run: async ({ page }) => {
      await (await deleteButton(page)).click();
      return settle(page, toast(page, DELETED));
    },
    recover: ({ page }, shown) =>
      recoverWrite(page, shown, {
        what: "deleted",
        async done() {
          const gone = page.getByRole("heading", { name: "Cache not found" });
          await expect(gone.or(runCard(page, "full"))).toBeVisible();
          return gone.isVisible();
        },
        async redo() {
          await (await deleteButton(page)).click();
          await expect(
            toast(page, DELETED)
              .or(page.getByRole("heading", { name: "Cache not found" }))
              .first(),
          ).toBeVisible();
        },
      }),
    async verify(ctx, writes) {
      const id = ctx.caches.doomed;
      expect((await sandboxOf(ctx).caches()).filter((c) => c.id === id)).toEqual([]);
      expectOneCarriedOut(writes);
    },
    async cleanup(ctx) {
      if (ctx.caches.doomed) await sandboxOf(ctx).remove(ctx.caches.doomed);
      ctx.caches.doomed = null;
    },
  },
];
