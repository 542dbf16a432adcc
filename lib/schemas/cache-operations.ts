import * as z from "zod/mini";

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

export const updateSchedulesSchema = z.extend(cacheRefSchema, { schedules: schedulesSchema });
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

export const OPERATION_ROLE: Record<CacheOperation, "operator" | "admin"> = {
  "run-full": "operator",
  "run-incremental": "operator",
  pause: "operator",
  resume: "operator",
  delete: "admin",
};

export const historyQuerySchema = z.object({
  limit: z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(100)), 10),
  offset: z._default(z.coerce.number().check(z.int(), z.gte(0), z.lte(1_000_000)), 0),
});
