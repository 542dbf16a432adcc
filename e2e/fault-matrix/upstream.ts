import { expect, type APIRequestContext } from "@playwright/test";

import type { Fault, ProxyLogEntry } from "../../tests/support/fault-proxy";
import { stack } from "../stack";

export const PROJECT = "demoPrj1";
/** Partner API paths of that project as the proxy logs them. */
export const PARTNER_API = `/api/v1/data/projects/${PROJECT}`;

/** Drives the fault proxy's control port. */
export function proxy(request: APIRequestContext) {
  const url = (path: string) => `${stack.proxyControlUrl}${path}`;
  return {
    async set(fault: Fault): Promise<void> {
      expect((await request.post(url("/fault"), { data: fault })).ok()).toBe(true);
    },
    async clear(): Promise<void> {
      expect((await request.delete(url("/fault"))).ok()).toBe(true);
    },
    async clearLog(): Promise<void> {
      expect((await request.delete(url("/log"))).ok()).toBe(true);
    },
    async log(): Promise<ProxyLogEntry[]> {
      return (await (await request.get(url("/log"))).json()) as ProxyLogEntry[];
    },
  };
}

export type SandboxCache = { id: string; status: string; tableName: string; catalogId: string };

/** The fault matrix's own sandbox, read and cleaned directly (not through the proxy). */
export function faultSandbox(request: APIRequestContext) {
  const headers = { authorization: `Bearer ${stack.partnerKey}` };
  const base = `${stack.faultSandboxUrl}/data/projects/${PROJECT}`;
  return {
    async caches(): Promise<SandboxCache[]> {
      const response = await request.get(`${base}/cache/status`, { headers });
      expect(response.status()).toBe(200);
      return (await response.json()) as SandboxCache[];
    },
    async catalogId(name: string): Promise<string> {
      const response = await request.get(`${base}/catalogs`, { headers });
      const catalogs = (await response.json()) as { id: string; name: string }[];
      const id = catalogs.find((c) => c.name === name)?.id;
      if (!id) throw new Error(`catalog ${name} missing in the fault sandbox`);
      return id;
    },
    async create(catalogId: string, schemaName: string, tableName: string): Promise<void> {
      const response = await request.post(`${base}/cache`, {
        headers,
        data: { catalogId, schemaName, tableName },
      });
      expect(response.status()).toBe(200);
    },
    async remove(id: string): Promise<void> {
      const response = await request.delete(`${base}/cache/${id}`, { headers });
      expect([200, 404]).toContain(response.status());
    },
    /** Creates a cache with both schedules and returns its id (its first full refresh starts at once). */
    async createScheduled(catalogId: string, schemaName: string, tableName: string): Promise<string> {
      const response = await request.post(`${base}/cache`, {
        headers,
        data: { catalogId, schemaName, tableName, ...vendorSchedules(BASE_SCHEDULES) },
      });
      expect(response.status()).toBe(200);
      return ((await response.json()) as { id: string }).id;
    },
    async status(id: string): Promise<SandboxStatus> {
      const response = await request.get(`${base}/cache/${id}/status?excludeLogs=true`, { headers });
      expect(response.status()).toBe(200);
      return (await response.json()) as SandboxStatus;
    },
    async waitIdle(id: string): Promise<SandboxStatus> {
      let last: SandboxStatus | null = null;
      await expect
        .poll(async () => (last = await this.status(id)).status, { timeout: 30_000, intervals: [100] })
        .not.toBe("RUNNING");
      if (!last) throw new Error(`no status for ${id}`);
      return last;
    },
    async schedules(id: string): Promise<Schedules> {
      const response = await request.get(`${base}/cache/${id}`, { headers });
      const cache = (await response.json()) as Record<string, { type?: string; expression?: string } | null>;
      const expr = (s: { type?: string; expression?: string } | null | undefined) =>
        s && s.type !== "NONE" ? (s.expression ?? null) : null;
      return {
        incremental: expr(cache.incrementalCacheSchedule),
        fullRefresh: expr(cache.fullRefreshCacheSchedule),
      };
    },
    async setSchedules(id: string, schedules: Schedules): Promise<void> {
      const response = await request.put(`${base}/cache/${id}`, {
        headers,
        data: vendorSchedules(schedules),
      });
      expect(response.status()).toBe(200);
    },
    async runs(id: string): Promise<number> {
      const response = await request.get(`${base}/cache/${id}/executionHistory?limit=1000`, { headers });
      return ((await response.json()) as unknown[]).length;
    },
    async startFullRefresh(id: string): Promise<void> {
      const response = await request.post(`${base}/cache/${id}/fullRefreshUpdate`, { headers });
      expect(((await response.json()) as { status: string }).status).toBe("STARTED");
    },
    /** Stops a full refresh the matrix started, if one is still going (404 when none is). */
    async cancelFullRefresh(id: string): Promise<void> {
      const response = await request.post(`${base}/cache/${id}/cancelFullRefreshUpdate`, { headers });
      expect([200, 404]).toContain(response.status());
    },
  };
}

type Schedules = { incremental: string | null; fullRefresh: string | null };
export type SandboxRun = { id: string; status: string } | null;
export type SandboxStatus = {
  status: string;
  lastFullRefreshCacheExecution: SandboxRun;
  lastIncrementalCacheExecution: SandboxRun;
};

/** What the detail caches are reset to before a cell that edits schedules. */
export const BASE_SCHEDULES: Schedules = { incremental: "PT6H", fullRefresh: "P1D" };

function vendorSchedules(s: Schedules) {
  const one = (expression: string | null) => (expression ? { type: "BASIC", expression } : { type: "NONE" });
  return { incrementalCacheSchedule: one(s.incremental), fullRefreshCacheSchedule: one(s.fullRefresh) };
}
