import { type Api, waitFor } from "./api-client";

export type Execution = {
  id: string;
  executionMode: string;
  status: string;
  error: { message: string; code: string } | null;
  progress: {
    numberOfCachedRecords: number;
    numberOfInsertedRecords: number;
    numberOfUpdatedRecords: number;
    numberOfDeletedRecords: number;
  };
  createdAt: string;
  finishedAt: string | null;
};

export type CacheStatus = {
  id: string;
  status: string;
  lastIncrementalCacheExecution: Execution | null;
  lastFullRefreshCacheExecution: Execution | null;
  cacheActionLogs?: { action: string; cacheType: string }[];
};

export const cachePath = (projectId: string, cacheId: string, suffix = ""): string =>
  `/data/projects/${projectId}/cache/${cacheId}${suffix}`;

export async function status(api: Api, projectId: string, cacheId: string): Promise<CacheStatus> {
  return (await api.get(cachePath(projectId, cacheId, "/status"))).body as CacheStatus;
}

export function waitForStatus(
  api: Api,
  projectId: string,
  cacheId: string,
  accept: (s: CacheStatus) => boolean,
  what: string,
  timeoutMs?: number,
): Promise<CacheStatus> {
  return waitFor(
    async () => {
      const s = await status(api, projectId, cacheId);
      return accept(s) ? s : undefined;
    },
    what,
    timeoutMs,
  );
}

export async function catalogIds(api: Api, projectId: string): Promise<Record<string, string>> {
  const list = (await api.get(`/data/projects/${projectId}/catalogs`)).body as { id: string; name: string }[];
  return Object.fromEntries(list.map((c) => [c.name, c.id]));
}

/** The cache ids in a project's status list. */
export async function listedCacheIds(api: Api, projectId: string): Promise<string[]> {
  return ((await api.get(`/data/projects/${projectId}/cache/status`)).body as { id: string }[]).map(
    (s) => s.id,
  );
}
