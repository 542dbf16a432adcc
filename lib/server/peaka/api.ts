import "server-only";

import { cacheApi } from "./caches";
import { catalogApi } from "./catalogs";
import { createPeakaClient, type PeakaClientOptions } from "./client";
import { connectionApi } from "./connections";
import { projectApi } from "./projects";

export function createPeakaApi(options: PeakaClientOptions) {
  const client = createPeakaClient(options);
  return { ...projectApi(client), ...catalogApi(client), ...cacheApi(client), ...connectionApi(client) };
}

export type PeakaApi = ReturnType<typeof createPeakaApi>;
