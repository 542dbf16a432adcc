// The Partner API's request bodies, built in one place: the client sends them (lib/server/peaka/caches.ts), the
// wizard's curl preview shows them and the audit log records them. Pure and key-free, so the browser may load it:
// this and lib/server/peaka/ are the only code that knows the vendor's schedule shape.
import type { components } from "@/lib/server/peaka/openapi";
import type { CreateCacheInput, Schedules, TableRef } from "@/lib/types";

type VendorSchemas = components["schemas"];
/** `T`, checked to be a body the vendor's OpenAPI document accepts as `Vendor`. */
type Accepted<T extends Vendor, Vendor> = T;

type BasicSchedule = { type: "BASIC"; expression: string };
type VendorSchedule = Accepted<BasicSchedule | { type: "NONE" }, VendorSchemas["Schedule"]>;
export type CacheRequestBody = Accepted<
  TableRef & { incrementalCacheSchedule?: BasicSchedule; fullRefreshCacheSchedule?: BasicSchedule },
  VendorSchemas["CacheRequest"]
>;
export type ScheduleUpdateBody = Accepted<
  { incrementalCacheSchedule: VendorSchedule; fullRefreshCacheSchedule: VendorSchedule },
  VendorSchemas["CacheSettingsUpdateRequest"]
>;

export type PartnerRequest<Body> = { method: "POST" | "PUT"; path: string; body: Body };
export type CreateRequest = PartnerRequest<CacheRequestBody> | PartnerRequest<CacheRequestBody[]>;

const basic = (expression: string): BasicSchedule => ({ type: "BASIC", expression });
const schedule = (expression: string | null): VendorSchedule =>
  expression ? basic(expression) : { type: "NONE" };

const cachesPath = (projectId: string) => `/data/projects/${encodeURIComponent(projectId)}/cache`;

/** A create leaves an off schedule out: the vendor's default for a missing schedule is off. */
export function cacheRequestBody({
  catalogId,
  schemaName,
  tableName,
  schedules,
}: CreateCacheInput): CacheRequestBody {
  return {
    catalogId,
    schemaName,
    tableName,
    ...(schedules.incremental ? { incrementalCacheSchedule: basic(schedules.incremental) } : {}),
    ...(schedules.fullRefresh ? { fullRefreshCacheSchedule: basic(schedules.fullRefresh) } : {}),
  };
}

export function createCacheRequest(
  projectId: string,
  input: CreateCacheInput,
): PartnerRequest<CacheRequestBody> {
  return { method: "POST", path: cachesPath(projectId), body: cacheRequestBody(input) };
}

export function createCachesBatchRequest(
  projectId: string,
  inputs: CreateCacheInput[],
): PartnerRequest<CacheRequestBody[]> {
  return { method: "POST", path: `${cachesPath(projectId)}/batch`, body: inputs.map(cacheRequestBody) };
}

/** One table is a plain create; several go through the batch endpoint (each item succeeds or fails alone). */
export function createRequest(projectId: string, inputs: CreateCacheInput[]): CreateRequest {
  const [only] = inputs;
  if (inputs.length === 1 && only) return createCacheRequest(projectId, only);
  return createCachesBatchRequest(projectId, inputs);
}

/** Always both schedules, NONE for an off one: the vendor does not say whether PUT merges or replaces. */
export function updateSchedulesRequest(
  projectId: string,
  cacheId: string,
  schedules: Schedules,
): PartnerRequest<ScheduleUpdateBody> {
  return {
    method: "PUT",
    path: `${cachesPath(projectId)}/${encodeURIComponent(cacheId)}`,
    body: {
      incrementalCacheSchedule: schedule(schedules.incremental),
      fullRefreshCacheSchedule: schedule(schedules.fullRefresh),
    },
  };
}

function shellQuote(text: string): string {
  return `'${text.replaceAll("'", `'\\''`)}'`;
}

export function toCurl(request: PartnerRequest<unknown>, baseUrl: string): string {
  const url = `${baseUrl.replace(/\/+$/, "")}${request.path}`;
  return [
    `curl -X ${request.method} ${shellQuote(url)}`,
    `  -H "Authorization: Bearer $PEAKA_API_KEY"`,
    `  -H 'Content-Type: application/json'`,
    `  --data ${shellQuote(JSON.stringify(request.body, null, 2))}`,
  ].join(" \\\n");
}
