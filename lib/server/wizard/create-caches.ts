import "server-only";

import { type PeakaApi, isPeakaApiError, toUserMessage } from "@/lib/server/peaka";
import { createCacheRequest, createCachesBatchRequest, type CreateRequest } from "@/lib/partner-api/requests";
import { type WizardItem, tableKey, tableLabel } from "@/lib/schemas/wizard";
import { toCreateInput } from "@/lib/wizard/cache-requests";
import type { TableOutcome } from "@/lib/wizard/types";

import { unlistedCaches } from "../caches/recent-creates";
import { allEnded } from "../peaka/concurrency";
import { scheduleRejectionFromText, scheduleRejectionOf } from "../peaka/schedule-rejection";

type CacheCreator = Pick<
  PeakaApi,
  "listCacheStatuses" | "listCatalogs" | "createCache" | "createCaches" | "getCache"
>;

/** Table → cache id, for the listed caches and for those this console created that are not listed yet. */
async function cacheIdsByTable(api: CacheCreator, projectId: string): Promise<Map<string, string>> {
  const statuses = await api.listCacheStatuses(projectId);
  const byTable = new Map(statuses.map((status) => [tableKey(status), status.id]));
  const unlisted = await unlistedCaches(api, projectId, new Set(byTable.values()));
  for (const cache of unlisted) if (!byTable.has(tableKey(cache))) byTable.set(tableKey(cache), cache.id);
  return byTable;
}

/**
 * Creates caches for the plan, one table at a time or in one batch. Tables cached already (before or
 * during the call, e.g. by another operator) come back as "exists" with the cache id, never as a failure.
 * `sent` hears the one request actually sent (only the tables not cached yet), before it goes out.
 */
export async function createCachesForPlan(
  api: CacheCreator,
  projectId: string,
  items: WizardItem[],
  sent: (request: CreateRequest) => void = () => undefined,
): Promise<TableOutcome[]> {
  const [before, catalogs] = await allEnded([cacheIdsByTable(api, projectId), api.listCatalogs(projectId)]);
  const names = new Map(catalogs.map((catalog) => [catalog.id, catalog.name]));
  const label = (item: WizardItem) => tableLabel(item.table, names.get(item.table.catalogId));
  const exists = (item: WizardItem, cacheId: string | null): TableOutcome => ({
    table: item.table,
    status: "exists",
    cacheId,
    message: `A cache for ${label(item)} already exists.`,
  });

  const outcomes = new Map<string, TableOutcome>();
  for (const item of items) {
    const cacheId = before.get(tableKey(item.table));
    if (cacheId) outcomes.set(tableKey(item.table), exists(item, cacheId));
  }
  const pending = items.filter((item) => !outcomes.has(tableKey(item.table)));
  const failures: (Pick<TableOutcome, "message" | "rejectedSchedule"> & {
    item: WizardItem;
    conflict: boolean;
  })[] = [];

  const [single] = pending;
  if (pending.length === 1 && single) {
    try {
      const input = toCreateInput(single);
      sent(createCacheRequest(projectId, input));
      const cache = await api.createCache(projectId, input);
      outcomes.set(tableKey(single.table), {
        table: single.table,
        status: "created",
        cacheId: cache.id,
        message: null,
      });
    } catch (error) {
      if (!isPeakaApiError(error) || error.kind === "timeout" || error.kind === "network") throw error;
      const rejection = scheduleRejectionOf(error);
      failures.push({
        item: single,
        // Only Peaka's refusals (4xx) are worded for people; anything else gets the console's own guidance.
        message: VENDOR_WORDED.has(error.kind)
          ? plainReason(error.message, toUserMessage(error))
          : toUserMessage(error),
        ...(rejection ? { message: rejection.message, rejectedSchedule: rejection.field } : {}),
        conflict: error.kind === "conflict",
      });
    }
  } else if (pending.length > 1) {
    const inputs = pending.map(toCreateInput);
    sent(createCachesBatchRequest(projectId, inputs));
    const results = await api.createCaches(projectId, inputs);
    results.forEach((result, index) => {
      const item = pending[index];
      if (!item) return;
      if (result.ok) {
        outcomes.set(tableKey(item.table), {
          table: item.table,
          status: "created",
          cacheId: result.cache?.id ?? null,
          message: null,
        });
      } else {
        const rejection = scheduleRejectionFromText(result.error);
        failures.push({
          item,
          message: rejection?.message ?? plainReason(result.error, result.error),
          ...(rejection ? { rejectedSchedule: rejection.field } : {}),
          conflict: /already|exist|duplicate/i.test(result.error),
        });
      }
    });
  }

  if (failures.length > 0) {
    // A failure may be a race with another operator: the cache list tells us whether the table is cached now.
    const after = await cacheIdsByTable(api, projectId).catch(() => new Map<string, string>());
    for (const { item, conflict, ...failure } of failures) {
      const cacheId = after.get(tableKey(item.table)) ?? null;
      outcomes.set(
        tableKey(item.table),
        cacheId || conflict
          ? exists(item, cacheId)
          : { table: item.table, status: "failed", cacheId: null, ...failure },
      );
    }
  }
  return items.flatMap((item) => {
    const outcome = outcomes.get(tableKey(item.table));
    return outcome ? [{ ...outcome, label: label(item) }] : [];
  });
}

const VENDOR_WORDED = new Set(["validation", "conflict", "not-found"]);

function plainReason(vendorText: string, fallback: string): string {
  const text = vendorText.trim();
  if (!text || /^HTTP \d+/.test(text)) return fallback;
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
