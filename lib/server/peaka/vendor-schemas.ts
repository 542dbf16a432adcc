import "server-only";

import { z } from "zod";

// Tolerant by design: unknown keys are dropped, missing or null values become null, and enum-like
// fields stay strings so a new vendor value cannot crash a page.
const text = z.union([z.string(), z.number()]).transform(String);
const optText = text.nullish().transform((v) => v ?? null);
const optNumber = z
  .number()
  .nullish()
  .transform((v) => v ?? null);
const optBool = z
  .boolean()
  .nullish()
  .transform((v) => v ?? null);
const list = <T extends z.ZodType>(item: T) =>
  z.array(z.unknown()).transform((items) =>
    items.flatMap((raw) => {
      const parsed = item.safeParse(raw);
      return parsed.success ? [parsed.data] : [];
    }),
  );

export const vendorSchedule = z
  .object({ type: optText, expression: optText })
  .nullish()
  .transform((s) => {
    if (!s) return null;
    if (s.type && s.type.toUpperCase() === "NONE") return null;
    return s.expression ?? null;
  });

export const vendorCache = z.object({
  id: text,
  catalogId: text,
  schemaName: z.string(),
  tableName: z.string(),
  projectId: optText,
  incrementalCacheSchedule: vendorSchedule,
  fullRefreshCacheSchedule: vendorSchedule,
});

const vendorProgress = z
  .object({
    numberOfCachedRecords: optNumber,
    numberOfInsertedRecords: optNumber,
    numberOfUpdatedRecords: optNumber,
    numberOfDeletedRecords: optNumber,
  })
  .nullish()
  .transform((p) => p ?? null);

export const vendorExecution = z.object({
  id: text,
  executionMode: optText,
  status: optText,
  error: z.unknown().nullish(),
  progress: vendorProgress,
  createdAt: optText,
  updatedAt: optText,
  finishedAt: optText,
});

const vendorAction = z.object({
  timestamp: optText,
  action: optText,
  message: optText,
  cacheType: optText,
  isScheduled: optBool,
});

export const vendorCacheStatus = z.object({
  id: text,
  status: optText,
  catalogId: text,
  schemaName: z.string(),
  tableName: z.string(),
  lastIncrementalCacheExecution: vendorExecution.nullish().catch(null),
  lastFullRefreshCacheExecution: vendorExecution.nullish().catch(null),
  cacheActionLogs: list(vendorAction).nullish().catch(null),
});

export const vendorCacheStatusList = list(vendorCacheStatus);
export const vendorExecutionList = list(vendorExecution);

export const vendorCreateStatus = z.object({
  catalogId: optText,
  schemaName: optText,
  tableName: optText,
  success: optBool,
  error: z.unknown().nullish(),
  cache: vendorCache.nullish().catch(null),
});
export const vendorCreateStatusList = z.array(z.unknown());

export const vendorCatalog = z.object({
  id: text,
  name: optText,
  displayName: optText,
  catalogType: optText,
});
export const vendorSchema = z.object({ catalogId: text, catalogName: optText, schemaName: z.string() });
export const vendorTable = z.object({
  catalogId: text,
  catalogName: optText,
  schemaName: z.string(),
  tableName: z.string(),
  isCacheable: optBool,
  isDynamicTable: optBool,
  isCached: optBool,
  supportedCacheTypes: z.array(z.string()).nullish().catch(null),
});
export const vendorTableCacheResult = z.object({
  isCached: optBool,
  isCacheable: optBool,
  supportedCacheTypes: z.array(z.string()).nullish().catch(null),
});

const vendorColumnStatistics = z.object({ columnName: z.string(), distinctFraction: optNumber });
export const vendorTableStatistics = z.object({
  catalogId: optText,
  schemaName: optText,
  tableName: optText,
  columnStatistics: list(vendorColumnStatistics).nullish().catch(null),
});
export const vendorConnection = z.object({ id: text, name: optText, type: optText });

const vendorHit = z.object({ catalog: text, schema: optText, table: optText });
export const vendorSearchResult = z.object({
  matchedCatalogs: list(vendorHit).nullish(),
  matchedSchemas: list(vendorHit).nullish(),
  matchedTables: list(vendorHit).nullish(),
  meta: z
    .object({ page: z.object({ nextOffset: optNumber }).nullish() })
    .nullish()
    .catch(null),
});

export const vendorOrganization = z.object({ id: text, name: optText, description: optText });
export const vendorWorkspace = z.object({
  id: text,
  name: optText,
  organizationId: optText,
  defaultWorkspace: optBool,
});
export const vendorProject = z.object({
  id: text,
  name: optText,
  description: optText,
  workspaceId: optText,
  createdAt: optText,
});
export const vendorInfo = z.object({ projectId: optText, projectName: optText, email: optText });

/** Error bodies are unspecified: errorCode may be a string or a number; message may be `reason`. */
export const vendorErrorBody = z
  .object({ errorCode: optText, code: optText, message: optText, reason: optText, traceId: optText })
  .partial()
  .catch({});

export { list };
