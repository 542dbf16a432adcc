import * as z from "zod/mini";

import { durationMs } from "@/lib/freshness/target";

import { scheduleExpressionSchema } from "./schedules";

const duration = z.string().check(z.maxLength(60, "Use a shorter duration, for example PT2H."));
const expression = z.pipe(duration, scheduleExpressionSchema);

/** Warn after / error after, read by the same parser as the schedules; the error line comes later. */
export const freshnessTargetSchema = z.object({ warnAfter: expression, errorAfter: expression }).check(
  z.refine((t) => (durationMs(t.errorAfter) ?? 0) > (durationMs(t.warnAfter) ?? 0), {
    path: ["errorAfter"],
    error: "The error line must come after the warn line: make 'error after' longer than 'warn after'.",
  }),
);
export type FreshnessTargetInput = z.infer<typeof freshnessTargetSchema>;

const projectId = z.string().check(z.minLength(1), z.maxLength(100));
const cacheId = z.string().check(z.minLength(1), z.maxLength(200));

/** Sets or clears (target null) the target of some caches, or of the project default when no caches are given. */
export const setFreshnessTargetSchema = z.object({
  projectId,
  cacheIds: z.array(cacheId).check(
    z.maxLength(200, "Select at most 200 caches at a time."),
    z.refine((ids) => new Set(ids).size === ids.length, "Each cache may be selected only once."),
  ),
  target: z.nullable(freshnessTargetSchema),
});
export type SetFreshnessTargetInput = z.infer<typeof setFreshnessTargetSchema>;
