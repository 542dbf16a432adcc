import { type CatalogRegistry } from "./catalog/registry";
import { type CacheRepo } from "./engine/caches";
import { type ExecutionLog } from "./engine/executions";
import { type Runner } from "./engine/runner";
import { type CacheStore } from "./engine/store";
import { type StateDb } from "./state/open-state";

export type Deps = {
  state: StateDb;
  registry: CatalogRegistry;
  store: CacheStore;
  log: ExecutionLog;
  repo: CacheRepo;
  runner: Runner;
};

export type Auth = { kind: "partner" } | { kind: "project"; projectId: string };
