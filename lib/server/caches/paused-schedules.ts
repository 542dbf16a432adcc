import "server-only";

import type { Kysely } from "kysely";

import type { Schedules } from "@/lib/types";
import type { CachePause } from "@/lib/types/cache-detail";

import { getConsoleDb } from "../db/database";
import { forgetOverview } from "../overview-window";
import type { ConsoleTables } from "../db/tables";

type PausedScheduleTable = {
  project_id: string;
  cache_id: string;
  incremental: string | null;
  full_refresh: string | null;
  paused_at: string;
  paused_by: string;
};

export type PausedSchedules = CachePause;

type PauseDb = Kysely<ConsoleTables & { cache_paused_schedule: PausedScheduleTable }>;
let ready: Promise<PauseDb> | undefined;

// Peaka has no pause: the console keeps the schedules it turned off so resume can put them back.
function table(): Promise<PauseDb> {
  if (ready) return ready;
  const created = (async (): Promise<PauseDb> => {
    const db = getConsoleDb().db.withTables<{ cache_paused_schedule: PausedScheduleTable }>();
    await db.schema
      .createTable("cache_paused_schedule")
      .ifNotExists()
      .addColumn("project_id", "text", (c) => c.notNull())
      .addColumn("cache_id", "text", (c) => c.notNull())
      .addColumn("incremental", "text")
      .addColumn("full_refresh", "text")
      .addColumn("paused_at", "text", (c) => c.notNull())
      .addColumn("paused_by", "text", (c) => c.notNull())
      .addPrimaryKeyConstraint("cache_paused_schedule_pk", ["project_id", "cache_id"])
      .execute();
    return db;
  })();
  ready = created;
  created.catch(() => {
    ready = undefined;
  });
  return created;
}

export async function readPaused(projectId: string, cacheId: string): Promise<PausedSchedules | null> {
  const db = await table();
  const row = await db
    .selectFrom("cache_paused_schedule")
    .selectAll()
    .where("project_id", "=", projectId)
    .where("cache_id", "=", cacheId)
    .executeTakeFirst();
  if (!row) return null;
  return {
    incremental: row.incremental,
    fullRefresh: row.full_refresh,
    pausedAt: row.paused_at,
    pausedBy: row.paused_by,
  };
}

export async function listPaused(projectId: string): Promise<Map<string, PausedSchedules>> {
  const db = await table();
  const rows = await db
    .selectFrom("cache_paused_schedule")
    .selectAll()
    .where("project_id", "=", projectId)
    .execute();
  return new Map(
    rows.map((row) => [
      row.cache_id,
      {
        incremental: row.incremental,
        fullRefresh: row.full_refresh,
        pausedAt: row.paused_at,
        pausedBy: row.paused_by,
      },
    ]),
  );
}

/** Keeps the first remembered schedules: pausing twice must not overwrite them with "off". */
export async function rememberPaused(
  projectId: string,
  cacheId: string,
  schedules: Schedules,
  pausedBy: string,
): Promise<void> {
  const db = await table();
  await db
    .insertInto("cache_paused_schedule")
    .values({
      project_id: projectId,
      cache_id: cacheId,
      incremental: schedules.incremental,
      full_refresh: schedules.fullRefresh,
      paused_at: new Date().toISOString(),
      paused_by: pausedBy,
    })
    .onConflict((oc) => oc.columns(["project_id", "cache_id"]).doNothing())
    .execute();
  forgetOverview(projectId);
}

export async function forgetPaused(projectId: string, cacheId: string): Promise<void> {
  const db = await table();
  await db
    .deleteFrom("cache_paused_schedule")
    .where("project_id", "=", projectId)
    .where("cache_id", "=", cacheId)
    .execute();
  forgetOverview(projectId);
}
