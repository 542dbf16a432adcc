import "server-only";

import { cacheApi } from "./caches";
import { catalogApi } from "./catalogs";
import { createPeakaClient, type PeakaClientOptions } from "./client";
import { projectApi } from "./projects";

export function createPeakaApi(options: PeakaClientOptions) {
  const client = createPeakaClient(options);
  return { ...projectApi(client), ...catalogApi(client), ...cacheApi(client) };
}

export type PeakaApi = ReturnType<typeof createPeakaApi>;
