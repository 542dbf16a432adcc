// zod/mini rather than zod: the wizard's client steps and the cache page validate with these same schemas, and the
// mini build is about a third of the size in their JavaScript. Server actions pass them to next-safe-action unchanged.
import * as z from "zod/mini";

import { CACHE_MODES, type CacheMode, MODE_SCHEDULES, type Schedules } from "@/lib/wizard/table-modes";

import { freshnessTargetSchema } from "./freshness";

export { freshnessTargetSchema };
import { schedulesSchema } from "./schedules";

export {
  CACHE_MODES,
  type CacheMode,
  type CacheType,
  MODE_REQUIRES,
  MODE_SCHEDULES,
  type Schedules,
  schedulesForMode,
  type TableRef,
  tableKey,
  tableLabel,
} from "@/lib/wizard/table-modes";

export const tableRefSchema = z.object({
  catalogId: z.string().check(z.minLength(1), z.maxLength(200)),
  schemaName: z.string().check(z.minLength(1), z.maxLength(500)),
  tableName: z.string().check(z.minLength(1), z.maxLength(500)),
});

export const modeSchema = z.enum(CACHE_MODES, "Choose how the cache should refresh.");

function refineModeSchedules(
  { mode, schedules }: { mode: CacheMode; schedules: Schedules },
  ctx: z.core.$RefinementCtx,
) {
  if (MODE_SCHEDULES[mode].incremental && !schedules.incremental) {
    ctx.addIssue({
      code: "custom",
      path: ["schedules", "incremental"],
      message: "Choose how often to run the incremental sync.",
    });
  }
  if (MODE_SCHEDULES[mode].fullRefresh && !schedules.fullRefresh) {
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
  .check(z.superRefine(refineModeSchedules));
export type WizardSettings = z.infer<typeof settingsSchema>;

export const wizardItemSchema = z
  .object({ table: tableRefSchema, mode: modeSchema, schedules: schedulesSchema })
  .check(z.superRefine(refineModeSchedules));
export type WizardItem = z.infer<typeof wizardItemSchema>;

export const createCachesSchema = z.object({
  projectId: z.string().check(z.minLength(1), z.maxLength(100)),
  idempotencyKey: z.uuid("Reload the page and submit again."),
  items: z.array(wizardItemSchema).check(z.minLength(1, "Choose at least one table."), z.maxLength(500)),
  /** Stored for each cache this submission creates (not for tables cached already). */
  target: z.optional(freshnessTargetSchema),
});
export type CreateCachesInput = z.infer<typeof createCachesSchema>;

export const applySchedulesSchema = z.object({
  projectId: z.string().check(z.minLength(1), z.maxLength(100)),
  cacheId: z.string().check(z.minLength(1), z.maxLength(200)),
  schedules: schedulesSchema,
});
export type ApplySchedulesInput = z.infer<typeof applySchedulesSchema>;
