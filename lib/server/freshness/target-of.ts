import "server-only";

import { resolveTarget } from "@/lib/freshness/target";
import type { FreshnessTarget } from "@/lib/types";

import type { StoredTargets } from "./targets-store";

type Schedules =
  | { incremental: string | null; fullRefresh: string | null }
  | { incrementalSchedule: string | null; fullRefreshSchedule: string | null };

const expressions = (s: Schedules) =>
  "incremental" in s
    ? { incremental: s.incremental, fullRefresh: s.fullRefresh }
    : { incremental: s.incrementalSchedule, fullRefresh: s.fullRefreshSchedule };

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
  return resolveTarget(own, stored.projectDefault, schedules ? expressions(schedules) : {});
}
