import { createRequest, type CreateRequest } from "@/lib/partner-api/requests";
import type { WizardItem } from "@/lib/schemas/wizard";
import type { CreateCacheInput } from "@/lib/types";
import { schedulesForMode } from "@/lib/wizard/table-modes";

/** A wizard row as the create it asks for: only the schedules its mode uses. */
export function toCreateInput(item: WizardItem): CreateCacheInput {
  return { ...item.table, schedules: schedulesForMode(item.mode, item.schedules) };
}

/** What the review step shows and the console sends when none of the tables is cached yet. */
export function planRequest(projectId: string, items: WizardItem[]): CreateRequest {
  return createRequest(projectId, items.map(toCreateInput));
}
