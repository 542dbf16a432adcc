import { expect, type Page } from "@playwright/test";

import { findTable, sourceFile } from "../sandbox/churn/apply-churn";
import { openSource, quoteIdent } from "../sandbox/seed/source-db";
import { stack } from "./stack";
import { partnerApi, type PartnerApi, type SandboxCache } from "./support/partner-api";

export const PROJECT = "demoPrj1";

export type TableSpec = { catalog: string; schema: string; table: string };

export async function catalogIds(sandbox: PartnerApi): Promise<Map<string, string>> {
  const catalogs = await sandbox.project(PROJECT).catalogs();
  return new Map(catalogs.map((catalog) => [catalog.name, catalog.id]));
}

/** A shared wizard link, built the way an operator would copy it from the address bar. */
export async function wizardUrl(
  sandbox: PartnerApi,
  step: string,
  tables: TableSpec[],
  extra = "",
): Promise<string> {
  const ids = await catalogIds(sandbox);
  const enc = (text: string) => encodeURIComponent(text).replaceAll("%", "%25");
  const params = tables.map((t) => `t=${enc(ids.get(t.catalog) ?? "")}/${enc(t.schema)}/${enc(t.table)}`);
  return `/projects/${PROJECT}/caches/new/${step}?${[...params, extra].filter(Boolean).join("&")}`;
}

export async function cachesFor(sandbox: PartnerApi, table: string): Promise<SandboxCache[]> {
  return (await sandbox.project(PROJECT).caches()).filter((status) => status.tableName === table);
}

/** Creates a cache behind the console's back, as another operator or tool would. */
export async function cacheDirectly(sandbox: PartnerApi, spec: TableSpec): Promise<void> {
  const ids = await catalogIds(sandbox);
  await sandbox.post(`/data/projects/${PROJECT}/cache`, {
    catalogId: ids.get(spec.catalog),
    schemaName: spec.schema,
    tableName: spec.table,
  });
}

export function wizard(page: Page) {
  return {
    async openTables() {
      await page.goto(`/projects/${PROJECT}/caches/new/tables`);
      await expect(page.getByRole("heading", { name: "Choose tables", level: 1 })).toBeVisible();
    },
    async browse(catalogLabel: string, schema: string) {
      await page.getByLabel("Catalog").selectOption({ label: catalogLabel });
      await page.getByLabel("Schema").selectOption(schema);
      await expect(page.getByRole("group", { name: `Tables in ${schema}` })).toBeVisible();
    },
    async pick(table: string) {
      await page.getByLabel("Filter tables in").fill(table);
      await page.getByRole("checkbox", { name: table, exact: true }).check();
    },
    async toMode() {
      await page.getByRole("link", { name: "Next: choose mode" }).click();
      await expect(page.getByRole("heading", { name: "Choose how caches refresh" })).toBeVisible();
    },
    async chooseMode(title: "One-time copy" | "Incremental on a schedule" | "Full refresh + incremental") {
      await page.getByRole("radio", { name: title }).check();
    },
    async toSchedules() {
      await page.getByRole("link", { name: "Next: schedules" }).click();
      await expect(page.getByRole("heading", { name: "Set the schedules" })).toBeVisible();
    },
    async toReview() {
      await page.getByRole("button", { name: "Next: review" }).click();
      await expect(page.getByRole("heading", { name: "Review and create" })).toBeVisible();
    },
    async create(label: RegExp = /^Create (cache|\d+ caches)$/) {
      await page.getByRole("button", { name: label }).click();
      await expect(page.getByRole("heading", { name: "Result", level: 1 })).toBeVisible({ timeout: 30_000 });
    },
  };
}

/** Rows in the sandbox's source table right now; other specs churn the same sources, so no fixed figure. */
export function sourceRowCount({ catalog, schema, table }: TableSpec): string {
  const db = openSource(sourceFile(stack.sandboxDataDir, catalog));
  try {
    const meta = findTable(db, { catalog, schema, table });
    const count = db
      .prepare(`SELECT count(*) FROM ${quoteIdent(meta.physical)}`)
      .pluck()
      .get() as number;
    return count.toLocaleString("en-US");
  } finally {
    db.close();
  }
}

/**
 * Waits until Peaka reports the table's cache COMPLETED, then checks the overview row shows it as
 * up to date with the source's row count.
 */
/** `badge`: what the overview says of a completed cache; a one-time copy is never "Up to date" but its own kind. */
export async function expectCompletedOnOverview(
  page: Page,
  spec: TableSpec,
  badge: string | RegExp = "Up to date",
): Promise<void> {
  const table = spec.table;
  await expect(async () => {
    const statuses = await cachesFor(partnerApi(page.request), table);
    expect(statuses.map((status) => status.status)).toEqual(["COMPLETED"]);
  }).toPass({ timeout: 60_000, intervals: [250, 500] });
  await page.goto(`/projects/${PROJECT}/caches`);
  const row = page.getByRole("row").filter({ hasText: `.${table}` });
  await expect(row).toContainText(badge);
  await expect(row).toContainText(sourceRowCount(spec));
}
