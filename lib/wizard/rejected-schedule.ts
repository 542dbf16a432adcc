import type { TableOutcome } from "./types";

export type RejectedSchedule = { field: "incremental" | "fullRefresh"; message: string };

/**
 * When Peaka created nothing and refused a schedule, the submission is really a schedule to fix:
 * the wizard sends the person back to that field instead of a result page of failures.
 */
export function rejectedSchedule(outcomes: TableOutcome[]): RejectedSchedule | null {
  if (outcomes.some((outcome) => outcome.status === "created")) return null;
  const refused = outcomes.find((outcome) => outcome.rejectedSchedule && outcome.message);
  if (!refused?.rejectedSchedule || !refused.message) return null;
  return { field: refused.rejectedSchedule, message: refused.message };
}
