import { type CatalogRegistry } from "./catalog/registry";
import { type CacheRepo } from "./engine/caches";
import { type ExecutionLog } from "./engine/executions";
import { type FailureBook } from "./engine/failures";
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
  failures: FailureBook;
  /** New caches stay out of the status lists this long (SANDBOX_LIST_DELAY_MS). */
  listDelayMs: number;
  /** Every Partner API request received, in order, when SANDBOX_REQUEST_LOG=1; otherwise null. */
  requests: ReceivedRequest[] | null;
};

/** A request as it arrived: its method, and its path and query exactly as sent. */
export type ReceivedRequest = { method: string; path: string };

export type Auth = { kind: "partner" } | { kind: "project"; projectId: string };
