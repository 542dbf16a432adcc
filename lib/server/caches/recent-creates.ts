import "server-only";

import type { CacheSettings } from "@/lib/types";

import { migratedTable } from "../db/migrated-table";
import type { ConsoleDb } from "../db/database";
import { isPeakaApiError, type PeakaApi } from "../peaka";
import { allEnded } from "../peaka/concurrency";

type RecentCreateTable = {
  project_id: string;
  cache_id: string;
  created_at: string;
};

// The vendor document does not say when a new cache joins the status list (the sandbox can hold it back with
// SANDBOX_LIST_DELAY_MS); a cache the console created is remembered until the list shows it, at most this long.
const KEEP_MS = 60 * 60_000;

/** Creates the table; part of the console's migrations (lib/server/db/migrate.ts). */
export async function migrateRecentCreates({ db }: ConsoleDb): Promise<void> {
  await db.schema
    .createTable("recent_create")
    .ifNotExists()
    .addColumn("project_id", "text", (c) => c.notNull())
    .addColumn("cache_id", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("recent_create_pk", ["project_id", "cache_id"])
    .execute();
}

const table = migratedTable<{ recent_create: RecentCreateTable }>(migrateRecentCreates);

export async function rememberCreated(projectId: string, cacheIds: readonly string[]): Promise<void> {
  if (cacheIds.length === 0) return;
  const db = await table();
  const at = new Date().toISOString();
  await db
    .insertInto("recent_create")
    .values(cacheIds.map((cacheId) => ({ project_id: projectId, cache_id: cacheId, created_at: at })))
    .onConflict((oc) => oc.columns(["project_id", "cache_id"]).doNothing())
    .execute();
}

export async function forgetCreated(projectId: string, cacheIds: readonly string[]): Promise<void> {
  if (cacheIds.length === 0) return;
  const db = await table();
  await db
    .deleteFrom("recent_create")
    .where("project_id", "=", projectId)
    .where("cache_id", "in", [...cacheIds])
    .execute();
}

/**
 * The caches this console created that the status list does not show yet. Rows the list shows now, or older
 * than an hour, are dropped on the way.
 */
async function unlistedCreates(projectId: string, listedIds: ReadonlySet<string>): Promise<string[]> {
  const db = await table();
  const rows = await db.selectFrom("recent_create").selectAll().where("project_id", "=", projectId).execute();
  if (rows.length === 0) return [];
  const oldest = Date.now() - KEEP_MS;
  const done = rows.filter((r) => listedIds.has(r.cache_id) || Date.parse(r.created_at) < oldest);
  await forgetCreated(
    projectId,
    done.map((r) => r.cache_id),
  );
  return rows.filter((r) => !done.includes(r)).map((r) => r.cache_id);
}

/**
 * The settings of the caches this console created that the status list does not show yet, read by id; one Peaka
 * no longer knows (deleted before it was ever listed) is forgotten.
 */
export async function unlistedCaches(
  api: Pick<PeakaApi, "getCache">,
  projectId: string,
  listedIds: ReadonlySet<string>,
): Promise<CacheSettings[]> {
  const pending = await unlistedCreates(projectId, listedIds);
  const read = await allEnded(
    pending.map((cacheId) =>
      api.getCache(projectId, cacheId).catch((error: unknown) => {
        if (isPeakaApiError(error) && error.kind === "not-found") return null;
        throw error;
      }),
    ),
  );
  await forgetCreated(
    projectId,
    pending.filter((_, i) => !read[i]),
  );
  return read.filter((c): c is CacheSettings => c !== null);
}
