import "server-only";

import type { FreshnessTargetInput } from "@/lib/schemas/freshness";

import { audited } from "../audited";
import type { ConsoleUser } from "../auth/session";
import { cacheLabel } from "../caches/cache-labels";
import { saveTargets } from "./targets-store";

/**
 * Stores a target set together with schedules (the edit dialog, the wizard), audited under the same name as the
 * target dialog's action, so the audit log shows one kind of entry however a target was set.
 */
export function storeTargetWith(
  user: ConsoleUser,
  projectId: string,
  cacheIds: readonly string[],
  target: FreshnessTargetInput,
): Promise<void> {
  if (cacheIds.length === 0) return Promise.resolve();
  return audited(
    { user },
    {
      action: "cache.freshness-target",
      projectId,
      target: cacheIds.map((id) => cacheLabel(projectId, id)).join(", "),
      request: { projectId, cacheIds, target },
    },
    () => saveTargets(projectId, cacheIds, target, user.email),
  );
}
