import "server-only";

import type { FreshnessTargetInput } from "@/lib/schemas/freshness";

import { audited } from "../audited";
import type { ConsoleUser } from "../auth/session";
import { cacheLabel } from "../caches/cache-labels";
import { saveTargets } from "./targets-store";

/**
 * Stores (or with null clears) a target set together with schedules (the edit dialog, the wizard, config apply),
 * audited under the same name as the target dialog's action, so the audit log shows one kind of entry however a
 * target was set. The callers know the caches exist; the status list may not show one created a moment ago.
 */
export function storeTargetWith(
  user: ConsoleUser,
  projectId: string,
  cacheIds: readonly string[],
  target: FreshnessTargetInput | null,
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
