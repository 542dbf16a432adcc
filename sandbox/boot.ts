import { randomBytes } from "node:crypto";
import { join } from "node:path";

import { loadRegistry } from "./catalog/registry";
import { type SandboxConfig } from "./config";
import { type Deps } from "./deps";
import { createCacheRepo } from "./engine/caches";
import { makePause } from "./engine/control";
import { createExecutionLog } from "./engine/executions";
import { createFailureBook } from "./engine/failures";
import { createRunner } from "./engine/runner";
import { openStore } from "./engine/store";
import { seedIfNeeded } from "./seed/seed-all";
import { getMeta, openState, setMeta, type StateDb } from "./state/open-state";
import { ensurePrivateDir } from "@/lib/server/private-files";

export type DevKeys = {
  baseUrl: string;
  partnerKey: string;
  projects: { id: string; name: string; apiKey: string }[];
};

function ensurePartnerKey(state: StateDb, fixed: string | undefined): string {
  const key = fixed ?? getMeta(state, "partner_key") ?? `partner.${randomBytes(24).toString("base64url")}`;
  state.transaction(() => {
    setMeta(state, "partner_key", key);
    state.prepare("DELETE FROM api_keys WHERE kind = 'partner'").run();
    state
      .prepare("INSERT OR REPLACE INTO api_keys (key, kind, project_id) VALUES (?, 'partner', NULL)")
      .run(key);
  })();
  return key;
}

export function boot(config: SandboxConfig): { deps: Deps; partnerKey: string; interrupted: number } {
  ensurePrivateDir(config.dataDir);
  const state = openState(join(config.dataDir, "sandbox.sqlite"));
  seedIfNeeded(state, config.dataDir);
  const partnerKey = ensurePartnerKey(state, config.partnerKey);
  const registry = loadRegistry(state, config.dataDir);
  const store = openStore(join(config.dataDir, "cache-store.sqlite"), registry.sources);
  const log = createExecutionLog(state);
  const interrupted = log.recoverInterrupted();
  const repo = createCacheRepo(state);
  const failures = createFailureBook();
  const runner = createRunner({
    store,
    log,
    batchRows: config.batchRows,
    pause: makePause(config.rowDelayMs),
    startDelayMs: config.startDelayMs,
    takeFailure: (cacheId, mode) => {
      const cache = repo.byIdAnyProject(cacheId);
      if (!cache) return undefined;
      const table = {
        projectId: cache.project_id,
        catalogId: cache.catalog_id,
        schemaName: cache.schema_name,
        tableName: cache.table_name,
      };
      return failures.take(table, mode);
    },
    resolveTable: (cacheId) => {
      const cache = repo.byIdAnyProject(cacheId);
      if (!cache) return undefined;
      return registry.find(cache.project_id, cache.catalog_id)?.table(cache.schema_name, cache.table_name);
    },
  });
  return {
    deps: {
      state,
      registry,
      store,
      log,
      repo,
      runner,
      failures,
      listDelayMs: config.listDelayMs,
      requests: config.requestLog ? [] : null,
    },
    partnerKey,
    interrupted,
  };
}

export function devKeys(state: StateDb, baseUrl: string, partnerKey: string): DevKeys {
  const projects = state
    .prepare(
      `SELECT p.id, p.name, k.key FROM projects p JOIN api_keys k ON k.project_id = p.id AND k.kind = 'project'
       ORDER BY p.position`,
    )
    .all() as { id: string; name: string; key: string }[];
  return { baseUrl, partnerKey, projects: projects.map((p) => ({ id: p.id, name: p.name, apiKey: p.key })) };
}
