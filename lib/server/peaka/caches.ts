import "server-only";

import { z } from "zod";

import {
  createCacheRequest,
  createCachesBatchRequest,
  updateSchedulesRequest,
} from "@/lib/partner-api/requests";
import type {
  CacheRun,
  CacheSettings,
  CacheStatusInfo,
  CreateCacheInput,
  CreateCacheOutcome,
  Schedules,
} from "@/lib/types";

import { call } from "./call";
import type { PeakaClient } from "./client";
import { readableError, toCacheSettings, toCacheStatusInfo, toRun } from "./map-cache";
import {
  vendorCache,
  vendorCacheStatus,
  vendorCacheStatusList,
  vendorCreateStatus,
  vendorCreateStatusList,
  vendorExecutionList,
} from "./vendor-schemas";

const ignoreBody = z.unknown();

export function cacheApi(client: PeakaClient) {
  const cachePath = (projectId: string, cacheId: string) => ({ path: { projectId, cacheId } });

  return {
    async listCacheStatuses(projectId: string): Promise<CacheStatusInfo[]> {
      const list = await call("listCacheStatuses", vendorCacheStatusList, () =>
        client.GET("/data/projects/{projectId}/cache/status", { params: { path: { projectId } } }),
      );
      return list.map(toCacheStatusInfo);
    },

    async getCacheStatus(projectId: string, cacheId: string, withLogs = false): Promise<CacheStatusInfo> {
      const raw = await call("getCacheStatus", vendorCacheStatus, () =>
        client.GET("/data/projects/{projectId}/cache/{cacheId}/status", {
          params: { ...cachePath(projectId, cacheId), query: { excludeLogs: !withLogs } },
        }),
      );
      return toCacheStatusInfo(raw);
    },

    async getCache(projectId: string, cacheId: string): Promise<CacheSettings> {
      const raw = await call("getCache", vendorCache, () =>
        client.GET("/data/projects/{projectId}/cache/{cacheId}", { params: cachePath(projectId, cacheId) }),
      );
      return toCacheSettings(raw);
    },

    async createCache(projectId: string, input: CreateCacheInput): Promise<CacheSettings> {
      const raw = await call("createCache", vendorCache, () =>
        client.POST("/data/projects/{projectId}/cache", {
          params: { path: { projectId } },
          body: createCacheRequest(projectId, input).body,
        }),
      );
      return toCacheSettings(raw);
    },

    async createCaches(projectId: string, inputs: CreateCacheInput[]): Promise<CreateCacheOutcome[]> {
      const items = await call("createCaches", vendorCreateStatusList, () =>
        client.POST("/data/projects/{projectId}/cache/batch", {
          params: { path: { projectId } },
          body: createCachesBatchRequest(projectId, inputs).body,
        }),
      );
      return inputs.map(({ catalogId, schemaName, tableName }, index): CreateCacheOutcome => {
        const table = { catalogId, schemaName, tableName };
        const parsed = vendorCreateStatus.safeParse(items[index]);
        if (!parsed.success) return { ok: false, table, error: "Peaka gave no result for this table." };
        const item = parsed.data;
        if (item.success === false || (item.success === null && item.error)) {
          return { ok: false, table, error: readableError(item.error) ?? "Peaka refused this table." };
        }
        return { ok: true, table, cache: item.cache ? toCacheSettings(item.cache) : null };
      });
    },

    /** Always sends both schedules: the vendor is unclear whether PUT merges or replaces. */
    async updateCacheSchedules(
      projectId: string,
      cacheId: string,
      schedules: Schedules,
    ): Promise<CacheSettings> {
      const raw = await call("updateCacheSchedules", vendorCache, () =>
        client.PUT("/data/projects/{projectId}/cache/{cacheId}", {
          params: cachePath(projectId, cacheId),
          body: updateSchedulesRequest(projectId, cacheId, schedules).body,
        }),
      );
      return toCacheSettings(raw);
    },

    async deleteCache(projectId: string, cacheId: string): Promise<void> {
      await call("deleteCache", ignoreBody, () =>
        client.DELETE("/data/projects/{projectId}/cache/{cacheId}", {
          params: cachePath(projectId, cacheId),
          parseAs: "text",
        }),
      );
    },

    // Trigger answers are free-form in the vendor document, so they are not read: the cache's status tells what happened.
    async triggerFullRefresh(projectId: string, cacheId: string): Promise<void> {
      await call("triggerFullRefresh", ignoreBody, () =>
        client.POST("/data/projects/{projectId}/cache/{cacheId}/fullRefreshUpdate", {
          params: cachePath(projectId, cacheId),
          parseAs: "text",
        }),
      );
    },

    async triggerIncremental(projectId: string, cacheId: string): Promise<void> {
      await call("triggerIncremental", ignoreBody, () =>
        client.POST("/data/projects/{projectId}/cache/{cacheId}/incrementalUpdate", {
          params: cachePath(projectId, cacheId),
          parseAs: "text",
        }),
      );
    },

    async cancelFullRefresh(projectId: string, cacheId: string): Promise<void> {
      await call("cancelFullRefresh", ignoreBody, () =>
        client.POST("/data/projects/{projectId}/cache/{cacheId}/cancelFullRefreshUpdate", {
          params: cachePath(projectId, cacheId),
          parseAs: "text",
        }),
      );
    },

    async cancelIncremental(projectId: string, cacheId: string): Promise<void> {
      await call("cancelIncremental", ignoreBody, () =>
        client.POST("/data/projects/{projectId}/cache/{cacheId}/cancelIncrementalUpdate", {
          params: cachePath(projectId, cacheId),
          parseAs: "text",
        }),
      );
    },

    async getExecutionHistory(
      projectId: string,
      cacheId: string,
      page: { limit?: number; offset?: number } = {},
    ): Promise<CacheRun[]> {
      const list = await call("getExecutionHistory", vendorExecutionList, () =>
        client.GET("/data/projects/{projectId}/cache/{cacheId}/executionHistory", {
          params: {
            ...cachePath(projectId, cacheId),
            query: { limit: page.limit ?? 10, offset: page.offset ?? 0 },
          },
        }),
      );
      return list.map((run) => toRun(run, "unknown"));
    },
  };
}

export type CacheApi = ReturnType<typeof cacheApi>;
