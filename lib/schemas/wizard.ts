import { z } from "zod";

import { parseIsoDuration } from "@/lib/schedule";

export const CACHE_MODES = ["one-time", "incremental", "full-and-incremental"] as const;
export type CacheMode = (typeof CACHE_MODES)[number];

export type CacheType = "FULL_REFRESH" | "INCREMENTAL";

/** Which `supportedCacheTypes` a table needs for each mode. */
export const MODE_REQUIRES: Record<CacheMode, CacheType[]> = {
  "one-time": [],
  incremental: ["INCREMENTAL"],
  "full-and-incremental": ["FULL_REFRESH", "INCREMENTAL"],
};

export function isPositiveDuration(text: string): boolean {
  const parsed = parseIsoDuration(text);
  if (!parsed.ok) return false;
  return parsed.seconds > 0n || (parsed.seconds === 0n && parsed.nanos > 0);
}

export const scheduleExpressionSchema = z
  .string()
  .trim()
  .min(1, "Enter how often to run, for example PT6H or P1D.")
  .refine((text) => parseIsoDuration(text).ok, {
    error: (issue) => {
      const parsed = parseIsoDuration(String(issue.input));
      if (parsed.ok) return "Enter a duration such as PT6H.";
      return parsed.hint ? `${parsed.error} ${parsed.hint}` : parsed.error;
    },
  })
  .refine(isPositiveDuration, "The interval must be longer than zero.");

export const tableRefSchema = z.object({
  catalogId: z.string().min(1).max(200),
  schemaName: z.string().min(1).max(500),
  tableName: z.string().min(1).max(500),
});
export type TableRef = z.infer<typeof tableRefSchema>;

export const selectionSchema = z
  .array(tableRefSchema)
  .min(1, "Choose at least one table.")
  .max(500, "Choose at most 500 tables at a time.");

export const modeSchema = z.enum(CACHE_MODES, "Choose how the cache should refresh.");

export const schedulesSchema = z.object({
  incremental: scheduleExpressionSchema.nullable(),
  fullRefresh: scheduleExpressionSchema.nullable(),
});
export type Schedules = z.infer<typeof schedulesSchema>;

export function schedulesForMode(mode: CacheMode, schedules: Schedules): Schedules {
  if (mode === "one-time") return { incremental: null, fullRefresh: null };
  if (mode === "incremental") return { incremental: schedules.incremental, fullRefresh: null };
  return schedules;
}

function refineModeSchedules(
  { mode, schedules }: { mode: CacheMode; schedules: Schedules },
  ctx: z.RefinementCtx,
) {
  if (mode !== "one-time" && !schedules.incremental) {
    ctx.addIssue({
      code: "custom",
      path: ["schedules", "incremental"],
      message: "Choose how often to run the incremental sync.",
    });
  }
  if (mode === "full-and-incremental" && !schedules.fullRefresh) {
    ctx.addIssue({
      code: "custom",
      path: ["schedules", "fullRefresh"],
      message: "Choose how often to run the full refresh.",
    });
  }
}

/** Mode + schedules as the wizard's schedules step edits them. */
export const settingsSchema = z
  .object({ mode: modeSchema, schedules: schedulesSchema })
  .superRefine(refineModeSchedules);
export type WizardSettings = z.infer<typeof settingsSchema>;

export const wizardItemSchema = z
  .object({ table: tableRefSchema, mode: modeSchema, schedules: schedulesSchema })
  .superRefine(refineModeSchedules);
export type WizardItem = z.infer<typeof wizardItemSchema>;

export const createCachesSchema = z.object({
  projectId: z.string().min(1).max(100),
  idempotencyKey: z.uuid("Reload the page and submit again."),
  items: z.array(wizardItemSchema).min(1, "Choose at least one table.").max(500),
});
export type CreateCachesInput = z.infer<typeof createCachesSchema>;

export const applySchedulesSchema = z.object({
  projectId: z.string().min(1).max(100),
  cacheId: z.string().min(1).max(200),
  schedules: schedulesSchema,
});
export type ApplySchedulesInput = z.infer<typeof applySchedulesSchema>;

/**
 * How operators name a table: catalog.table, like SQL resolves unqualified names in `public`;
 * other schemas stay explicit (catalog.schema.table).
 */
export function tableLabel(
  table: Pick<TableRef, "schemaName" | "tableName">,
  catalogName?: string | null,
): string {
  const parts = [
    catalogName,
    table.schemaName === "public" && catalogName ? null : table.schemaName,
    table.tableName,
  ];
  return parts.filter(Boolean).join(".");
}

export function tableKey(table: TableRef): string {
  return `${table.catalogId}/${table.schemaName}/${table.tableName}`;
}
