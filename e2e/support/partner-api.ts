import { expect, type APIRequestContext } from "@playwright/test";

import { stack } from "../stack";

export type SandboxCatalog = { id: string; name: string };
export type SandboxCache = {
  id: string;
  status: string;
  tableName: string;
  schemaName: string;
  catalogId: string;
};
type SandboxRun = { id: string; status: string } | null;
type SandboxStatus = {
  status: string;
  lastFullRefreshCacheExecution: SandboxRun;
  lastIncrementalCacheExecution: SandboxRun;
};
export type Schedules = { incremental: string | null; fullRefresh: string | null };

type VendorSchedule = { type?: string; expression?: string } | null | undefined;

function vendorSchedules(s: Partial<Schedules>) {
  const one = (expression: string | null | undefined) =>
    expression ? { type: "BASIC", expression } : { type: "NONE" };
  return { incrementalCacheSchedule: one(s.incremental), fullRefreshCacheSchedule: one(s.fullRefresh) };
}

const expression = (s: VendorSchedule) => (s && s.type !== "NONE" ? (s.expression ?? null) : null);

/**
 * The Partner API of one sandbox, called directly with the partner key (the way an operator with curl would), never
 * through the console. `project(id)` adds the few cache operations the specs repeat.
 */
export function partnerApi(request: APIRequestContext, baseUrl: string = stack.sandboxUrl) {
  const headers = { authorization: `Bearer ${stack.partnerKey}`, "content-type": "application/json" };
  const url = (path: string) => `${baseUrl}${path}`;
  const api = {
    async get<T>(path: string): Promise<T> {
      const response = await request.get(url(path), { headers });
      expect(response.status(), `GET ${path}`).toBe(200);
      return (await response.json()) as T;
    },
    async post<T = Record<string, unknown>>(path: string, body?: unknown): Promise<T> {
      const response = await request.post(url(path), { headers, data: body ?? {} });
      expect(response.status(), `POST ${path}`).toBe(200);
      const text = await response.text();
      return (text ? JSON.parse(text) : {}) as T;
    },
    async put(path: string, body: unknown): Promise<void> {
      const response = await request.put(url(path), { headers, data: body });
      expect(response.status(), `PUT ${path}`).toBe(200);
    },
    /** `allowed`: statuses besides 200 that count as done (404: already gone). */
    async delete(path: string, allowed: number[] = []): Promise<void> {
      const response = await request.delete(url(path), { headers });
      expect([200, ...allowed], `DELETE ${path}`).toContain(response.status());
    },
    project(projectId: string) {
      const P = `/data/projects/${projectId}`;
      const project = {
        caches: () => api.get<SandboxCache[]>(`${P}/cache/status`),
        catalogs: () => api.get<SandboxCatalog[]>(`${P}/catalogs`),
        async catalogId(name: string): Promise<string> {
          const id = (await project.catalogs()).find((c) => c.name === name)?.id;
          if (!id) throw new Error(`catalog ${name} missing in the sandbox at ${baseUrl}`);
          return id;
        },
        /** Creates a cache with the schedules given (others left out); its first full refresh starts at once. */
        async create(
          table: { catalogId: string; schemaName: string; tableName: string },
          s: Partial<Schedules> = {},
        ): Promise<string> {
          const basic = (expression: string) => ({ type: "BASIC", expression });
          const created = await api.post<{ id: string }>(`${P}/cache`, {
            ...table,
            ...(s.incremental ? { incrementalCacheSchedule: basic(s.incremental) } : {}),
            ...(s.fullRefresh ? { fullRefreshCacheSchedule: basic(s.fullRefresh) } : {}),
          });
          return created.id;
        },
        remove: (cacheId: string) => api.delete(`${P}/cache/${cacheId}`, [404]),
        status: (cacheId: string) => api.get<SandboxStatus>(`${P}/cache/${cacheId}/status?excludeLogs=true`),
        /** Polls until no run is going (COMPLETED, FAILED or CANCELLED) and returns that status. */
        async waitIdle(cacheId: string, timeout = 90_000): Promise<SandboxStatus> {
          let last: SandboxStatus | null = null;
          await expect
            .poll(async () => (last = await project.status(cacheId)).status, {
              timeout,
              intervals: [100, 250],
            })
            .toMatch(/^(COMPLETED|FAILED|CANCELLED)$/);
          if (!last) throw new Error(`no status for ${cacheId}`);
          return last;
        },
        async schedules(cacheId: string): Promise<Schedules> {
          const cache = await api.get<Record<string, VendorSchedule>>(`${P}/cache/${cacheId}`);
          return {
            incremental: expression(cache.incrementalCacheSchedule),
            fullRefresh: expression(cache.fullRefreshCacheSchedule),
          };
        },
        setSchedules: (cacheId: string, s: Schedules) => api.put(`${P}/cache/${cacheId}`, vendorSchedules(s)),
        runs: async (cacheId: string) =>
          (await api.get<unknown[]>(`${P}/cache/${cacheId}/executionHistory?limit=1000`)).length,
        async startFullRefresh(cacheId: string): Promise<void> {
          const started = await api.post<{ status: string }>(`${P}/cache/${cacheId}/fullRefreshUpdate`);
          expect(started.status).toBe("STARTED");
        },
        /** Stops a full refresh if one is still going (404 when none is). */
        async cancelFullRefresh(cacheId: string): Promise<void> {
          const response = await request.post(url(`${P}/cache/${cacheId}/cancelFullRefreshUpdate`), {
            headers,
          });
          expect([200, 404]).toContain(response.status());
        },
        /** Deletes every cache of a table (of one schema when `schemaName` is given). */
        async removeCachesOf(tableName: string, schemaName?: string): Promise<void> {
          for (const cache of await project.caches())
            if (
              cache.tableName === tableName &&
              (schemaName === undefined || cache.schemaName === schemaName)
            )
              await api.delete(`${P}/cache/${cache.id}`);
        },
        /** A new cache for one table (an earlier one of that schema.table removed), its first sync still running. */
        async runningCache(
          catalogName: string,
          schemaName: string,
          tableName: string,
          s: Partial<Schedules>,
        ): Promise<string> {
          await project.removeCachesOf(tableName, schemaName);
          const catalogId = await project.catalogId(catalogName);
          return project.create({ catalogId, schemaName, tableName }, s);
        },
        /** A fresh cache for one table (an earlier one of that schema.table removed), after its first sync. */
        async freshCache(
          catalogName: string,
          schemaName: string,
          tableName: string,
          s: Partial<Schedules>,
        ): Promise<string> {
          const id = await project.runningCache(catalogName, schemaName, tableName, s);
          await project.waitIdle(id);
          return id;
        },
      };
      return project;
    },
  };
  return api;
}

export type PartnerApi = ReturnType<typeof partnerApi>;
