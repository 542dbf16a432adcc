import "server-only";

import { cache } from "react";

import type { CacheDetail, CacheHistoryPage } from "@/lib/types/cache-detail";
import { tableLabel } from "@/lib/wizard/table-modes";

import { catalogNames } from "../catalog-names";
import { getPeaka, isPeakaApiError } from "../peaka";

import { withLastSuccess } from "../freshness/last-success";
import { targetOf } from "../freshness/target-of";
import { listTargets } from "../freshness/targets-store";

import { allEnded } from "../peaka/concurrency";
import { rememberCacheLabel } from "./cache-labels";
import { readPaused } from "./paused-schedules";
import { tableCacheTypes } from "./table-cache-types";

export const CACHE_NOT_FOUND = "This cache does not exist. It may have been deleted.";

function isNotFound(error: unknown): boolean {
  return isPeakaApiError(error) && error.kind === "not-found";
}

/** The cache's status, schedules and pause memory; null when Peaka does not know the id. */
async function readCacheDetail(projectId: string, cacheId: string): Promise<CacheDetail | null> {
  const peaka = getPeaka();
  try {
    // Two round trips on a cold console: status then its history, and settings then the table's cache types
    // (the settings name the table), side by side with the catalog names and the console's own rows.
    const [status, [settings, supportedCacheTypes], paused, targets, names] = await allEnded([
      peaka
        .getCacheStatus(projectId, cacheId, true)
        .then(async (s) => (await withLastSuccess(projectId, [s]))[0] ?? s),
      peaka
        .getCache(projectId, cacheId)
        .then(async (found) => [found, await tableCacheTypes(projectId, found)] as const),
      readPaused(projectId, cacheId),
      listTargets(projectId),
      catalogNames(projectId),
    ]);
    if (status.status === "deleted") return null;
    const name = names.get(status.catalogId) ?? status.catalogId;
    rememberCacheLabel(projectId, cacheId, tableLabel(status, name));
    return {
      status,
      supportedCacheTypes,
      catalogName: name,
      schedules: settings.schedules,
      paused,
      freshnessTarget: targetOf(targets, cacheId, paused ?? settings.schedules),
      fetchedAt: new Date().toISOString(),
    };
  } catch (error) {
    if (isNotFound(error)) return null;
    throw error;
  }
}

/** Deduplicated within one render: the layout and the page ask for the same cache. */
export const getCacheDetail = cache(readCacheDetail);

export async function getCacheHistory(
  projectId: string,
  cacheId: string,
  limit: number,
  offset: number,
): Promise<CacheHistoryPage | null> {
  try {
    // One extra row tells whether another page exists without a count endpoint.
    const runs = await getPeaka().getExecutionHistory(projectId, cacheId, { limit: limit + 1, offset });
    return { runs: runs.slice(0, limit), limit, offset, hasMore: runs.length > limit };
  } catch (error) {
    if (isNotFound(error)) return null;
    throw error;
  }
}
