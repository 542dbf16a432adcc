"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";

import type { CacheDetail, CacheHistoryPage } from "@/lib/types/cache-detail";

import { fetchJson } from "./fetch-json";

export const RUNNING_POLL_MS = 1_000;
export const IDLE_POLL_MS = 10_000;

const base = (projectId: string, cacheId: string) =>
  `/api/projects/${encodeURIComponent(projectId)}/caches/${encodeURIComponent(cacheId)}`;

export const cacheDetailKey = (projectId: string, cacheId: string) =>
  ["projects", projectId, "caches", cacheId] as const;

/** Polls every second while a run is going so counters move, slowly otherwise, never in a hidden tab. */
export function useCacheDetail(projectId: string, cacheId: string, initialData: CacheDetail, paused = false) {
  return useQuery({
    queryKey: cacheDetailKey(projectId, cacheId),
    enabled: !paused,
    queryFn: () => fetchJson<CacheDetail>(base(projectId, cacheId)),
    initialData,
    staleTime: 500,
    refetchInterval: (query) =>
      query.state.data?.status.status === "running" ? RUNNING_POLL_MS : IDLE_POLL_MS,
    refetchIntervalInBackground: false,
    retry: false,
  });
}

export function useCacheHistory(
  projectId: string,
  cacheId: string,
  offset: number,
  running: boolean,
  version = "",
) {
  return useQuery({
    queryKey: [...cacheDetailKey(projectId, cacheId), "history", offset, version] as const,
    queryFn: () =>
      fetchJson<CacheHistoryPage>(`${base(projectId, cacheId)}/history?limit=10&offset=${offset}`),
    placeholderData: keepPreviousData,
    refetchInterval: running ? 3_000 : 30_000,
    refetchIntervalInBackground: false,
  });
}
