"use client";

import { useQuery } from "@tanstack/react-query";

import type { CacheRun, CacheStatusInfo } from "@/lib/types";
import type { CacheHistoryPage } from "@/lib/types/cache-detail";

import { cacheDetailKey } from "./cache-detail";
import { fetchJson } from "./fetch-json";

const PAGE = 100;
// Peaka keeps about 14 days; at a run every 15 minutes that is about 1,350 runs.
const MAX_PAGES = 15;

/** The whole kept run history (newest first), for the freshness curve; refetched when a run starts or ends. */
export function useAllRuns(projectId: string, cacheId: string, version: string) {
  return useQuery({
    queryKey: [...cacheDetailKey(projectId, cacheId), "history-all", version] as const,
    queryFn: async () => {
      const runs: CacheRun[] = [];
      const base = `/api/projects/${encodeURIComponent(projectId)}/caches/${encodeURIComponent(cacheId)}/history`;
      for (let page = 0; page < MAX_PAGES; page++) {
        const answer = await fetchJson<CacheHistoryPage>(`${base}?limit=${PAGE}&offset=${page * PAGE}`);
        runs.push(...answer.runs);
        if (!answer.hasMore) return { runs, complete: true };
      }
      return { runs, complete: false };
    },
    staleTime: 30_000,
    refetchIntervalInBackground: false,
  });
}

/** Changes whenever a run starts or ends, so the history refetches with the cards. */
export function runsVersion({ lastFull, lastIncremental, status }: CacheStatusInfo): string {
  return [status, lastFull?.id, lastFull?.status, lastIncremental?.id, lastIncremental?.status].join("/");
}
