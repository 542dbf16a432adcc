import "server-only";

import { exportConfigDocument } from "@/lib/config/export-document";
import type { LiveCache } from "@/lib/config/plan";
import { cacheModeOf } from "@/lib/schedule";
import { type ConfigCache, configKey } from "@/lib/schemas/config-document";
import { MODE_REQUIRES } from "@/lib/schemas/wizard";
import type { CacheSummary } from "@/lib/types";

import { listCacheSummaries } from "../cache-overview";
import { listPaused } from "../caches/paused-schedules";
import { unlistedCaches } from "../caches/recent-creates";
import { catalogNames } from "../catalog-names";
import { listTargets } from "../freshness/targets-store";
import { getPeaka, isPeakaApiError } from "../peaka";
import { allEnded } from "../peaka/concurrency";

/** A cache as the config file describes it: the schedules to keep (a paused cache's remembered ones). */
export function configOfSummary(summary: CacheSummary): LiveCache {
  const paused = Boolean(summary.pausedSchedules);
  const schedules = summary.pausedSchedules ?? summary.schedules;
  const own = summary.freshnessTarget?.source === "cache" ? summary.freshnessTarget : null;
  return {
    cacheId: summary.id,
    catalog: summary.catalogName,
    schema: summary.schemaName,
    table: summary.tableName,
    schedules: { incremental: schedules.incremental, fullRefresh: schedules.fullRefresh },
    freshnessTarget: own ? { warnAfter: own.warnAfter, errorAfter: own.errorAfter } : null,
    paused,
  };
}

/** The project's caches as config: the listed ones, and those this console created that are not listed yet. */
export async function liveConfig(projectId: string): Promise<LiveCache[]> {
  const listed = (await listCacheSummaries(projectId)).map(configOfSummary);
  return [...listed, ...(await unlistedConfig(projectId, new Set(listed.map((c) => c.cacheId))))];
}

async function unlistedConfig(projectId: string, listedIds: ReadonlySet<string>): Promise<LiveCache[]> {
  const unlisted = await unlistedCaches(getPeaka(), projectId, listedIds);
  if (unlisted.length === 0) return [];
  const [names, paused, targets] = await allEnded([
    catalogNames(projectId),
    listPaused(projectId),
    listTargets(projectId),
  ]);
  return unlisted.map((cache) => {
    const was = paused.get(cache.id);
    const schedules = was ?? cache.schedules;
    return {
      cacheId: cache.id,
      catalog: names.get(cache.catalogId) ?? cache.catalogId,
      schema: cache.schemaName,
      table: cache.tableName,
      schedules: { incremental: schedules.incremental, fullRefresh: schedules.fullRefresh },
      freshnessTarget: targets.byCache.get(cache.id) ?? null,
      paused: Boolean(was),
    };
  });
}

export type Resolved = { catalogId: string; schemaName: string; tableName: string };

/**
 * For the file's tables that are not cached yet: where each one is in the target project, or why it cannot be
 * cached there (no such catalog, schema or table, or the table does not support the schedules asked for).
 */
export async function resolveTables(
  projectId: string,
  caches: readonly ConfigCache[],
): Promise<{ resolved: Map<string, Resolved>; missing: Map<string, string> }> {
  const resolved = new Map<string, Resolved>();
  const missing = new Map<string, string>();
  if (caches.length === 0) return { resolved, missing };
  const peaka = getPeaka();
  const catalogs = new Map((await peaka.listCatalogs(projectId)).map((c) => [c.name, c.id]));
  const tables = new Map<string, ReturnType<typeof peaka.listTables>>();
  for (const cache of caches) {
    const key = configKey(cache);
    const catalogId = catalogs.get(cache.catalog);
    if (!catalogId) {
      missing.set(key, `project ${projectId} has no catalog named ${cache.catalog}`);
      continue;
    }
    const schemaKey = `${catalogId}/${cache.schema}`;
    const listing = tables.get(schemaKey) ?? peaka.listTables(projectId, catalogId, cache.schema);
    tables.set(schemaKey, listing);
    const list = await listing.catch((error: unknown) => {
      if (isPeakaApiError(error) && error.kind === "not-found") return null;
      throw error;
    });
    const table = list?.find((t) => t.name === cache.table);
    if (!list) missing.set(key, `catalog ${cache.catalog} has no schema named ${cache.schema}`);
    else if (!table)
      missing.set(key, `schema ${cache.catalog}.${cache.schema} has no table named ${cache.table}`);
    else if (!table.cacheable) missing.set(key, `${key} cannot be cached`);
    else {
      const needs = MODE_REQUIRES[cacheModeOf(cache.schedules)];
      // Unknown support (null) is not a refusal: Peaka answers the create itself.
      const supported = table.supportedCacheTypes ?? needs;
      const lacking = needs.filter((type) => !supported.includes(type));
      if (lacking.length > 0)
        missing.set(
          key,
          `${key} does not support ${lacking.join(" or ").toLowerCase().replace("_", " ")} caching`,
        );
      else resolved.set(key, { catalogId, schemaName: cache.schema, tableName: cache.table });
    }
  }
  return { resolved, missing };
}

/** The project's caches as a config file (YAML), in a stable order with comments on the defaults. */
export async function exportProjectConfig(projectId: string): Promise<string> {
  const caches = (await liveConfig(projectId)).map(({ cacheId: _id, ...cache }) => cache);
  return exportConfigDocument(projectId, caches);
}
