"use client";

import { isServer, queryOptions, useQuery, useQueryClient } from "@tanstack/react-query";

import type { CacheSummary } from "@/lib/types";

import { fetchJson } from "./fetch-json";

export type CachesResponse = { caches: CacheSummary[]; fetchedAt: string };

export const FAST_POLL_MS = 2_000;
export const SLOW_POLL_MS = 15_000;

export const cachesQueryKey = (projectId: string) => ["projects", projectId, "caches"] as const;

export const cachesQuery = (projectId: string) =>
  queryOptions({
    queryKey: cachesQueryKey(projectId),
    queryFn: () => fetchJson<CachesResponse>(`/api/projects/${encodeURIComponent(projectId)}/caches`),
    staleTime: 1_000,
  });

/** Polls fast while any cache is running, slowly otherwise, and not at all in a hidden tab. */
export function useCaches(projectId: string) {
  const queryClient = useQueryClient();
  // The overview has nothing to show until this answers, so the first fetch starts while the page hydrates
  // rather than after; useQuery below joins it (it cannot run on the server: the URL is relative).
  if (!isServer && !queryClient.getQueryState(cachesQueryKey(projectId))) {
    queryClient.prefetchQuery(cachesQuery(projectId)).catch(() => undefined);
  }
  return useQuery({
    ...cachesQuery(projectId),
    refetchInterval: (query) =>
      query.state.data?.caches.some((c) => c.status === "running") ? FAST_POLL_MS : SLOW_POLL_MS,
    refetchIntervalInBackground: false,
  });
}
