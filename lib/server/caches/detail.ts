import "server-only";

import { cache } from "react";

import type { CacheDetail, CacheHistoryPage } from "@/lib/types/cache-detail";

import { getPeaka, isPeakaApiError } from "../peaka";

import { withLastSuccess } from "../freshness/last-success";
import { targetOf } from "../freshness/target-of";
import { listTargets } from "../freshness/targets-store";

import { readPaused } from "./paused-schedules";

const CATALOG_TTL_MS = 60_000;
const catalogNames = new Map<string, { at: number; names: Map<string, string> }>();

async function catalogName(projectId: string, catalogId: string): Promise<string> {
  const hit = catalogNames.get(projectId);
  if (hit && Date.now() - hit.at < CATALOG_TTL_MS) return hit.names.get(catalogId) ?? catalogId;
  try {
    const catalogs = await getPeaka().listCatalogs(projectId);
    const names = new Map(catalogs.map((c) => [c.id, c.displayName]));
    catalogNames.set(projectId, { at: Date.now(), names });
    return names.get(catalogId) ?? catalogId;
  } catch {
    // The name is decoration; the id still identifies the catalog.
    return catalogId;
  }
}

function isNotFound(error: unknown): boolean {
  return isPeakaApiError(error) && error.kind === "not-found";
}

/** The cache's status, schedules and pause memory; null when Peaka does not know the id. */
async function readCacheDetail(projectId: string, cacheId: string): Promise<CacheDetail | null> {
  const peaka = getPeaka();
  try {
    const [status, settings, paused, targets] = await Promise.all([
      peaka
        .getCacheStatus(projectId, cacheId, true)
        .then(async (s) => (await withLastSuccess(projectId, [s]))[0] ?? s),
      peaka.getCache(projectId, cacheId),
      readPaused(projectId, cacheId),
      listTargets(projectId),
    ]);
    if (status.status === "deleted") return null;
    return {
      status,
      catalogName: await catalogName(projectId, status.catalogId),
      incrementalSchedule: settings.incrementalSchedule,
      fullRefreshSchedule: settings.fullRefreshSchedule,
      paused,
      freshnessTarget: targetOf(targets, cacheId, paused ?? settings),
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
