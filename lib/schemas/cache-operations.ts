import * as z from "zod/mini";

import type { Role } from "@/lib/auth/roles";

import { freshnessTargetSchema } from "./freshness";
import { schedulesSchema } from "./schedules";

export const CACHE_OPERATIONS = ["run-full", "run-incremental", "pause", "resume", "delete"] as const;
export type CacheOperation = (typeof CACHE_OPERATIONS)[number];

export const BULK_OPERATIONS = ["run-full", "run-incremental", "pause", "resume", "delete"] as const;

const projectId = z.string().check(z.minLength(1), z.maxLength(100));
const cacheId = z.string().check(z.minLength(1), z.maxLength(200));

export const cacheRefSchema = z.object({ projectId, cacheId });
export type CacheRef = z.infer<typeof cacheRefSchema>;

export const cancelRunSchema = z.extend(cacheRefSchema, {
  kind: z.enum(["full", "incremental"], "Say which run to cancel: full or incremental."),
});

/** With a target when the person set one beside the schedules (stored after Peaka took the schedules). */
export const updateSchedulesSchema = z.extend(cacheRefSchema, {
  schedules: schedulesSchema,
  target: z.optional(freshnessTargetSchema),
});
export type UpdateSchedulesInput = z.infer<typeof updateSchedulesSchema>;

export const bulkOperateSchema = z.object({
  projectId,
  operation: z.enum(BULK_OPERATIONS, "Choose what to do with the selected caches."),
  cacheIds: z.array(cacheId).check(
    z.minLength(1, "Select at least one cache."),
    z.maxLength(200, "Select at most 200 caches at a time."),
    z.refine((ids) => new Set(ids).size === ids.length, "Each cache may be selected only once."),
  ),
});
export type BulkOperateInput = z.infer<typeof bulkOperateSchema>;

export type BulkItemResult = { cacheId: string; ok: boolean; message: string };

type OperationMetadata = { actionName: string; audit: string; role: Role; stricter?: { role: Role } };

/**
 * Each single-cache operation's action as its metadata says it (lib/actions/caches/cache-operation.ts builds
 * the actions from it); bulk runs write their per-cache audit lines under the same names. Delete needs admin,
 * checked after operator so that a viewer is told about the first role they lack.
 */
export const OPERATION_ACTIONS = {
  "run-full": { actionName: "runFullRefresh", audit: "cache.run-full-refresh", role: "operator" },
  "run-incremental": { actionName: "runIncremental", audit: "cache.run-incremental", role: "operator" },
  pause: { actionName: "pauseCache", audit: "cache.pause", role: "operator" },
  resume: { actionName: "resumeCache", audit: "cache.resume", role: "operator" },
  delete: { actionName: "deleteCache", audit: "cache.delete", role: "operator", stricter: { role: "admin" } },
} as const satisfies Record<CacheOperation, OperationMetadata>;

/**
 * The other cache actions' metadata, shared with the console API (app/api/v1) so a call needs the same role and is
 * audited under the same name whichever way it comes.
 */
export const CACHE_ACTIONS = {
  createCaches: { actionName: "createCaches", audit: "cache.create", role: "operator" },
  updateSchedules: { actionName: "updateSchedules", audit: "cache.update-schedules", role: "operator" },
  applySchedules: { actionName: "applySchedules", audit: "cache.update-schedules", role: "operator" },
  cancelRun: { actionName: "cancelRun", audit: "cache.cancel-run", role: "operator" },
  setFreshnessTarget: { actionName: "setFreshnessTarget", audit: "cache.freshness-target", role: "operator" },
  applyConfig: { actionName: "applyConfig", audit: "config.apply", role: "operator" },
  planConfig: { actionName: "planConfig", audit: "config.plan", role: "operator" },
} as const satisfies Record<string, OperationMetadata>;

/** The role each operation needs in the end. */
export const OPERATION_ROLE = Object.fromEntries(
  CACHE_OPERATIONS.map((op) => {
    const meta: OperationMetadata = OPERATION_ACTIONS[op];
    return [op, meta.stricter?.role ?? meta.role];
  }),
) as Record<CacheOperation, Role>;

export const historyQuerySchema = z.object({
  limit: z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(100)), 10),
  offset: z._default(z.coerce.number().check(z.int(), z.gte(0), z.lte(1_000_000)), 0),
});
