import { schedulesForMode } from "@/lib/wizard/table-modes";
import type { WizardItem } from "@/lib/schemas/wizard";

type Schedule = { type: "BASIC"; expression: string };

export type CacheRequestBody = {
  catalogId: string;
  schemaName: string;
  tableName: string;
  incrementalCacheSchedule?: Schedule;
  fullRefreshCacheSchedule?: Schedule;
};

export type PlannedRequest = {
  method: "POST";
  path: string;
  body: CacheRequestBody | CacheRequestBody[];
};

export function toCacheRequest(item: WizardItem): CacheRequestBody {
  const schedules = schedulesForMode(item.mode, item.schedules);
  const body: CacheRequestBody = { ...item.table };
  if (schedules.incremental)
    body.incrementalCacheSchedule = { type: "BASIC", expression: schedules.incremental };
  if (schedules.fullRefresh)
    body.fullRefreshCacheSchedule = { type: "BASIC", expression: schedules.fullRefresh };
  return body;
}

/** One table is a plain create; several go through the batch endpoint (each item succeeds or fails alone). */
export function planRequest(projectId: string, items: WizardItem[]): PlannedRequest {
  const base = `/data/projects/${encodeURIComponent(projectId)}/cache`;
  const [only] = items;
  if (items.length === 1 && only) return { method: "POST", path: base, body: toCacheRequest(only) };
  return { method: "POST", path: `${base}/batch`, body: items.map(toCacheRequest) };
}

function shellQuote(text: string): string {
  return `'${text.replaceAll("'", `'\\''`)}'`;
}

export function toCurl(request: PlannedRequest, baseUrl: string): string {
  const url = `${baseUrl.replace(/\/+$/, "")}${request.path}`;
  return [
    `curl -X ${request.method} ${shellQuote(url)}`,
    `  -H "Authorization: Bearer $PEAKA_API_KEY"`,
    `  -H 'Content-Type: application/json'`,
    `  --data ${shellQuote(JSON.stringify(request.body, null, 2))}`,
  ].join(" \\\n");
}
