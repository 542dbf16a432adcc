// zod/mini, like every schema the forms share (see lib/schemas/wizard.ts). Used by the wizard, the edit-schedules
// dialog and the update action.
import * as z from "zod/mini";

import { parseIsoDuration } from "@/lib/schedule";

export function isPositiveDuration(text: string): boolean {
  const parsed = parseIsoDuration(text);
  if (!parsed.ok) return false;
  return parsed.seconds > 0n || (parsed.seconds === 0n && parsed.nanos > 0);
}

export const scheduleExpressionSchema = z.string().check(
  z.trim(),
  z.minLength(1, "Enter how often to run, for example PT6H or P1D."),
  z.refine((text) => parseIsoDuration(text).ok, {
    error: (issue) => {
      const parsed = parseIsoDuration(String(issue.input));
      if (parsed.ok) return "Enter a duration such as PT6H.";
      return parsed.hint ? `${parsed.error} ${parsed.hint}` : parsed.error;
    },
  }),
  z.refine(isPositiveDuration, "The interval must be longer than zero."),
);

export const schedulesSchema = z.object({
  incremental: z.nullable(scheduleExpressionSchema),
  fullRefresh: z.nullable(scheduleExpressionSchema),
});
