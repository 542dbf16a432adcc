import { expect, type APIRequestContext } from "@playwright/test";

import type { Fault, ProxyLogEntry } from "../../tests/support/fault-proxy";
import { stack } from "../stack";

export const PROJECT = "demoPrj1";

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
  };
}
