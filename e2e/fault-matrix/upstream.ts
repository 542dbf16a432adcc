import { expect, type APIRequestContext } from "@playwright/test";

import type { Fault, ProxyLogEntry } from "../../tests/support/fault-proxy";
import { faultUrls, type FaultStackName } from "../stack";
import { partnerApi, type Schedules } from "../support/partner-api";

export const PROJECT = "demoPrj1";
/** Partner API paths of that project as the proxy logs them. */
export const PARTNER_API = `/api/v1/data/projects/${PROJECT}`;

/** Drives the fault proxy's control port (of the first fault stack unless another is named). */
export function proxy(request: APIRequestContext, stackName: FaultStackName = "fault") {
  const url = (path: string) => `${faultUrls(stackName).proxyControlUrl}${path}`;
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

/** A fault stack's own sandbox, read and cleaned directly (not through the proxy). */
export const faultSandbox = (request: APIRequestContext, stackName: FaultStackName = "fault") =>
  partnerApi(request, faultUrls(stackName).sandboxUrl).project(PROJECT);

/** What the detail caches are reset to before a cell that edits schedules. */
export const BASE_SCHEDULES: Schedules = { incremental: "PT6H", fullRefresh: "P1D" };
