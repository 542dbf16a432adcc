import "server-only";

import type { ConnectionSummary } from "@/lib/types";

import { call } from "./call";
import type { PeakaClient } from "./client";
import { list, vendorConnection } from "./vendor-schemas";

type VendorConnection = { id: string; name: string | null; type: string | null };

const toConnection = (c: VendorConnection): ConnectionSummary => ({
  id: c.id,
  name: c.name ?? c.id,
  type: c.type ?? "unknown",
});

export function connectionApi(client: PeakaClient) {
  return {
    /** The vendor's schema names one Connection, but its example (and the endpoint) answer an array. */
    async listConnections(projectId: string): Promise<ConnectionSummary[]> {
      const raw = await call("listConnections", list(vendorConnection), () =>
        client.GET("/connections/{projectId}", { params: { path: { projectId } } }),
      );
      return raw.map(toConnection);
    },

    async getConnection(projectId: string, connectionId: string): Promise<ConnectionSummary> {
      const raw = await call("getConnection", vendorConnection, () =>
        client.GET("/connections/{projectId}/{connectionId}", {
          params: { path: { projectId, connectionId } },
        }),
      );
      return toConnection(raw);
    },
  };
}
