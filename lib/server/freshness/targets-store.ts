import "server-only";

import type { FreshnessTargetInput } from "@/lib/schemas/freshness";

import { migratedTable } from "../db/migrated-table";
import type { ConsoleDb } from "../db/database";
import { forgetOverview } from "../overview-window";

type FreshnessTargetTable = {
  project_id: string;
  /** "" holds the project default. */
  cache_id: string;
  warn_after: string;
  error_after: string;
  updated_at: string;
  updated_by: string;
};

const PROJECT_DEFAULT = "";

/** Creates the table; part of the console's migrations (lib/server/db/migrate.ts). */
export async function migrateFreshnessTargets({ db }: ConsoleDb): Promise<void> {
  await db.schema
    .createTable("freshness_target")
    .ifNotExists()
    .addColumn("project_id", "text", (c) => c.notNull())
    .addColumn("cache_id", "text", (c) => c.notNull())
    .addColumn("warn_after", "text", (c) => c.notNull())
    .addColumn("error_after", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("updated_by", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("freshness_target_pk", ["project_id", "cache_id"])
    .execute();
}

const table = migratedTable<{ freshness_target: FreshnessTargetTable }>(migrateFreshnessTargets);

export type StoredTargets = {
  projectDefault: FreshnessTargetInput | null;
  byCache: Map<string, FreshnessTargetInput>;
};

export async function listTargets(projectId: string): Promise<StoredTargets> {
  const db = await table();
  const rows = await db
    .selectFrom("freshness_target")
    .selectAll()
    .where("project_id", "=", projectId)
    .execute();
  const byCache = new Map<string, FreshnessTargetInput>();
  let projectDefault: FreshnessTargetInput | null = null;
  for (const row of rows) {
    const target = { warnAfter: row.warn_after, errorAfter: row.error_after };
    if (row.cache_id === PROJECT_DEFAULT) projectDefault = target;
    else byCache.set(row.cache_id, target);
  }
  return { projectDefault, byCache };
}

/** Sets (or with null clears) the target of each cache, or of the project default for an empty list. */
export async function saveTargets(
  projectId: string,
  cacheIds: readonly string[],
  target: FreshnessTargetInput | null,
  by: string,
): Promise<void> {
  const db = await table();
  const ids = cacheIds.length === 0 ? [PROJECT_DEFAULT] : cacheIds;
  await db.transaction().execute(async (tx) => {
    if (!target) {
      await tx
        .deleteFrom("freshness_target")
        .where("project_id", "=", projectId)
        .where("cache_id", "in", ids)
        .execute();
      return;
    }
    const at = new Date().toISOString();
    for (const id of ids) {
      await tx
        .insertInto("freshness_target")
        .values({
          project_id: projectId,
          cache_id: id,
          warn_after: target.warnAfter,
          error_after: target.errorAfter,
          updated_at: at,
          updated_by: by,
        })
        .onConflict((oc) =>
          oc.columns(["project_id", "cache_id"]).doUpdateSet({
            warn_after: target.warnAfter,
            error_after: target.errorAfter,
            updated_at: at,
            updated_by: by,
          }),
        )
        .execute();
    }
  });
  forgetOverview(projectId);
}
