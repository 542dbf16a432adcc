"use client";

import { queryOptions, useQuery } from "@tanstack/react-query";

import type { ScheduleMapData } from "@/lib/schedule-map";

import { fetchJson } from "./fetch-json";

export const scheduleMapQueryKey = (projectId: string) => ["projects", projectId, "schedule-map"] as const;

const FILLING_POLL_MS = 5_000;
const POLL_MS = 60_000;

export const scheduleMapQuery = (projectId: string) =>
  queryOptions({
    queryKey: scheduleMapQueryKey(projectId),
    queryFn: () => fetchJson<ScheduleMapData>(`/api/projects/${encodeURIComponent(projectId)}/schedule-map`),
    staleTime: 2_000,
  });

/** Polls quickly while run histories are still filling in (large projects), slowly after. */
export function useScheduleMap(projectId: string) {
  return useQuery({
    ...scheduleMapQuery(projectId),
    refetchInterval: (query) => {
      const data = query.state.data;
      return data && data.historyRead < data.caches.length ? FILLING_POLL_MS : POLL_MS;
    },
    refetchIntervalInBackground: false,
  });
}
