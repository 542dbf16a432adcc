// Bodies of the console API (/api/v1), each the server action's own schema without the ids the address carries;
// lib/server/api/openapi.ts turns these same schemas into the OpenAPI document.
import * as z from "zod/mini";

import { CACHE_OPERATIONS } from "./cache-operations";
import { cancelRunSchema, updateSchedulesSchema } from "./cache-operations";
import { configRequestSchema } from "./config-document";
import { setFreshnessTargetSchema } from "./freshness";
import { createCachesSchema } from "./wizard";

export const createCachesBodySchema = z.object({ items: createCachesSchema.shape.items });
export const updateSchedulesBodySchema = z.omit(updateSchedulesSchema, { projectId: true, cacheId: true });
export const cancelRunBodySchema = z.omit(cancelRunSchema, { projectId: true, cacheId: true });
export const freshnessTargetBodySchema = z.pick(setFreshnessTargetSchema, { target: true });
export const configBodySchema = z.omit(configRequestSchema, { projectId: true });

/** The single-cache operations the API posts to `/caches/{cacheId}/{operation}` (delete is DELETE on the cache). */
export const API_OPERATIONS = [...CACHE_OPERATIONS.filter((op) => op !== "delete"), "cancel"] as const;
export type ApiOperation = (typeof API_OPERATIONS)[number];

/** The query of GET …/incidents: which incidents, and how many (open ones first, then the newest). */
export const incidentsQuerySchema = z.object({
  status: z.optional(
    z.enum(["open", "resolved"], { message: "Use status=open or status=resolved, or leave it out." }),
  ),
  limit: z.optional(
    z
      .pipe(
        z.string().check(z.regex(/^\d{1,4}$/, "Use a limit from 1 to 500.")),
        z.transform((text) => Number(text)),
      )
      .check(z.refine((n) => n >= 1 && n <= 500, "Use a limit from 1 to 500.")),
  ),
});
