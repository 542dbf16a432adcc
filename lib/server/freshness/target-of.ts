import "server-only";

import { resolveTarget } from "@/lib/freshness/target";
import type { FreshnessTarget, Schedules } from "@/lib/types";

import type { StoredTargets } from "./targets-store";

/**
 * The target a cache is judged by. A paused cache passes the schedules it had, so pausing does not
 * move its lines; with its schedules unread and nothing stored, there is no target to show yet.
 */
export function targetOf(
  stored: StoredTargets,
  cacheId: string,
  schedules: Schedules | null,
): FreshnessTarget | undefined {
  const own = stored.byCache.get(cacheId) ?? null;
  if (!own && !stored.projectDefault && !schedules) return undefined;
  return resolveTarget(own, stored.projectDefault, schedules ? { incremental: schedules.incremental, fullRefresh: schedules.fullRefresh } : {});
}
