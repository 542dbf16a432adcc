import { readFileSync } from "node:fs";
import { join } from "node:path";

import { expect, type APIRequestContext, type Page } from "@playwright/test";

import { type SandboxCacheStatus, type SandboxCatalog } from "./fixtures";
import { stack } from "./stack";

type ExecutionInfo = { status: string } | null;
type StatusWithRuns = SandboxCacheStatus & {
  lastFullRefreshCacheExecution?: ExecutionInfo;
  lastIncrementalCacheExecution?: ExecutionInfo;
};

/** The Partner API of a sandbox, called directly with the partner key. */
export function partnerApi(request: APIRequestContext, baseUrl: string = stack.sandboxUrl) {
  const headers = { authorization: `Bearer ${stack.partnerKey}`, "content-type": "application/json" };
  return {
    async get<T>(path: string): Promise<T> {
      const response = await request.get(`${baseUrl}${path}`, { headers });
      expect(response.status(), `GET ${path}`).toBe(200);
      return (await response.json()) as T;
    },
    async post<T>(path: string, body?: unknown): Promise<T> {
      const response = await request.post(`${baseUrl}${path}`, { headers, data: body ?? {} });
      expect(response.status(), `POST ${path}`).toBe(200);
      const text = await response.text();
      return (text ? JSON.parse(text) : {}) as T;
    },
    async delete(path: string): Promise<void> {
      const response = await request.delete(`${baseUrl}${path}`, { headers });
      expect(response.status(), `DELETE ${path}`).toBe(200);
    },
  };
}
type PartnerApi = ReturnType<typeof partnerApi>;

/** Creates a fresh cache for one table (removing an earlier one) and waits for its first sync. */
export async function freshCache(
  api: PartnerApi,
  project: string,
  catalogName: string,
  schemaName: string,
  tableName: string,
  schedules: { incremental?: string; fullRefresh?: string },
): Promise<string> {
  const P = `/data/projects/${project}`;
  for (const cache of await api.get<(SandboxCacheStatus & { schemaName: string })[]>(`${P}/cache/status`)) {
    if (cache.tableName === tableName && cache.schemaName === schemaName)
      await api.delete(`${P}/cache/${cache.id}`);
  }
  const catalog = (await api.get<SandboxCatalog[]>(`${P}/catalogs`)).find((c) => c.name === catalogName);
  expect(catalog, `catalog ${catalogName}`).toBeDefined();
  const created = await api.post<{ id: string }>(`${P}/cache`, {
    catalogId: catalog?.id,
    schemaName,
    tableName,
    ...(schedules.incremental
      ? { incrementalCacheSchedule: { type: "BASIC", expression: schedules.incremental } }
      : {}),
    ...(schedules.fullRefresh
      ? { fullRefreshCacheSchedule: { type: "BASIC", expression: schedules.fullRefresh } }
      : {}),
  });
  await waitUntilIdle(api, project, created.id);
  return created.id;
}

export async function waitUntilIdle(api: PartnerApi, project: string, cacheId: string) {
  await expect
    .poll(
      async () =>
        (await api.get<StatusWithRuns>(`/data/projects/${project}/cache/${cacheId}/status?excludeLogs=true`))
          .status,
      { timeout: 90_000 },
    )
    .toMatch(/COMPLETED|FAILED|CANCELLED/);
}

export async function readSchedules(api: PartnerApi, project: string, cacheId: string) {
  const cache = await api.get<{
    incrementalCacheSchedule?: { type?: string; expression?: string } | null;
    fullRefreshCacheSchedule?: { type?: string; expression?: string } | null;
  }>(`/data/projects/${project}/cache/${cacheId}`);
  const expr = (s: { type?: string; expression?: string } | null | undefined) =>
    s && s.type !== "NONE" ? (s.expression ?? null) : null;
  return {
    incremental: expr(cache.incrementalCacheSchedule),
    fullRefresh: expr(cache.fullRefreshCacheSchedule),
  };
}

export function runCard(page: Page, kind: "full" | "incremental") {
  return page.locator(`section[data-run-kind="${kind}"]`);
}

export function counter(page: Page, kind: "full" | "incremental", field: string) {
  return runCard(page, kind).locator(`[data-counter="${field}"]`);
}

type ManifestEntry = { filename?: string; exportedName?: string };

/** Calls a server action by its id over HTTP, as a script could, bypassing the UI. */
export async function callAction(page: Page, file: string, input: unknown) {
  const manifest = JSON.parse(
    readFileSync(join(process.cwd(), ".next/server/server-reference-manifest.json"), "utf8"),
  ) as { node: Record<string, ManifestEntry> };
  const id = Object.entries(manifest.node).find(([, e]) => e.filename === file)?.[0];
  expect(id, file).toBeDefined();
  const response = await page.request.post("/", {
    headers: {
      "Next-Action": id ?? "",
      Accept: "text/x-component",
      "Content-Type": "text/plain;charset=UTF-8",
      Origin: stack.consoleUrl,
    },
    data: JSON.stringify([input]),
  });
  return { status: response.status(), body: await response.text() };
}
