import "server-only";

import { randomUUID } from "node:crypto";

import type { Schedules } from "@/lib/types";

import { migratedTable } from "../db/migrated-table";
import type { ConsoleDb } from "../db/database";

export type MoveStatus = "pending" | "applying" | "done" | "failed" | "cancelled";

type ScheduleMoveTable = {
  id: string;
  project_id: string;
  cache_id: string;
  /** What the run's kind and wanted start were, for the page and the audit log. */
  kind: string;
  apply_at: string;
  incremental: string | null;
  full_refresh: string | null;
  status: string;
  detail: string | null;
  created_at: string;
  created_by_id: string;
  created_by_email: string;
  created_by_role: string;
  finished_at: string | null;
};

export type StoredMove = {
  id: string;
  projectId: string;
  cacheId: string;
  kind: "full" | "incremental";
  applyAt: string;
  /** The schedules when the move was chosen; the re-apply sends the cache's schedules as they are then. */
  schedules: Schedules;
  status: MoveStatus;
  detail: string | null;
  createdAt: string;
  createdBy: { id: string; email: string; role: string };
  finishedAt: string | null;
};

/** Creates the table; part of the console's migrations (lib/server/db/migrate.ts). */
export async function migrateScheduleMoves({ db }: ConsoleDb): Promise<void> {
  await db.schema
    .createTable("schedule_move")
    .ifNotExists()
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("project_id", "text", (c) => c.notNull())
    .addColumn("cache_id", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("apply_at", "text", (c) => c.notNull())
    .addColumn("incremental", "text")
    .addColumn("full_refresh", "text")
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("detail", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("created_by_id", "text", (c) => c.notNull())
    .addColumn("created_by_email", "text", (c) => c.notNull())
    .addColumn("created_by_role", "text", (c) => c.notNull())
    .addColumn("finished_at", "text")
    .execute();
  await db.schema
    .createIndex("schedule_move_due")
    .ifNotExists()
    .on("schedule_move")
    .columns(["status", "apply_at"])
    .execute();
}

const table = migratedTable<{ schedule_move: ScheduleMoveTable }>(migrateScheduleMoves);

const toMove = (row: ScheduleMoveTable): StoredMove => ({
  id: row.id,
  projectId: row.project_id,
  cacheId: row.cache_id,
  kind: row.kind === "incremental" ? "incremental" : "full",
  applyAt: row.apply_at,
  schedules: { incremental: row.incremental, fullRefresh: row.full_refresh },
  status: row.status as MoveStatus,
  detail: row.detail,
  createdAt: row.created_at,
  createdBy: { id: row.created_by_id, email: row.created_by_email, role: row.created_by_role },
  finishedAt: row.finished_at,
});

export type NewMove = Pick<
  StoredMove,
  "projectId" | "cacheId" | "kind" | "applyAt" | "schedules" | "createdBy"
>;

/** A cache has at most one pending move: a new one replaces the one before (marked cancelled). */
export async function saveMove(move: NewMove): Promise<StoredMove> {
  const db = await table();
  const now = new Date().toISOString();
  const row: ScheduleMoveTable = {
    id: randomUUID(),
    project_id: move.projectId,
    cache_id: move.cacheId,
    kind: move.kind,
    apply_at: move.applyAt,
    incremental: move.schedules.incremental,
    full_refresh: move.schedules.fullRefresh,
    status: "pending",
    detail: null,
    created_at: now,
    created_by_id: move.createdBy.id,
    created_by_email: move.createdBy.email,
    created_by_role: move.createdBy.role,
    finished_at: null,
  };
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable("schedule_move")
      .set({ status: "cancelled", detail: "Replaced by a newer move.", finished_at: now })
      .where("project_id", "=", move.projectId)
      .where("cache_id", "=", move.cacheId)
      .where("status", "=", "pending")
      .execute();
    await trx.insertInto("schedule_move").values(row).execute();
  });
  return toMove(row);
}

/** Pending moves, and the ones that ended in the last day (so the page can say how they went). */
export async function listMoves(projectId: string, now = Date.now()): Promise<StoredMove[]> {
  const db = await table();
  const since = new Date(now - 24 * 3_600_000).toISOString();
  const rows = await db
    .selectFrom("schedule_move")
    .selectAll()
    .where("project_id", "=", projectId)
    .where((eb) => eb.or([eb("status", "in", ["pending", "applying"]), eb("finished_at", ">=", since)]))
    .orderBy("apply_at")
    .limit(500)
    .execute();
  return rows.map(toMove);
}

export async function dueMoves(now: Date, limit = 20): Promise<StoredMove[]> {
  const db = await table();
  const rows = await db
    .selectFrom("schedule_move")
    .selectAll()
    .where("status", "=", "pending")
    .where("apply_at", "<=", now.toISOString())
    .orderBy("apply_at")
    .limit(limit)
    .execute();
  return rows.map(toMove);
}

/** Takes a pending move for carrying out; false when another tick (or a cancel) got there first. */
export async function claimMove(id: string): Promise<boolean> {
  const db = await table();
  const result = await db
    .updateTable("schedule_move")
    .set({ status: "applying" })
    .where("id", "=", id)
    .where("status", "=", "pending")
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Ends a pending (or claimed) move; false when it was no longer pending (done, cancelled or unknown). */
export async function finishMove(
  id: string,
  status: Exclude<MoveStatus, "pending" | "applying">,
  detail: string | null,
  projectId?: string,
): Promise<boolean> {
  const db = await table();
  let query = db
    .updateTable("schedule_move")
    .set({ status, detail, finished_at: new Date().toISOString() })
    .where("id", "=", id)
    .where("status", "in", projectId === undefined ? ["pending", "applying"] : ["pending"]);
  if (projectId !== undefined) query = query.where("project_id", "=", projectId);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
