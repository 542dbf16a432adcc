import { type StateDb } from "../state/open-state";

export type CacheRow = {
  id: string;
  project_id: string;
  catalog_id: string;
  schema_name: string;
  table_name: string;
  inc_expr: string | null;
  inc_ms: number | null;
  full_expr: string | null;
  full_ms: number | null;
  next_inc_at: number | null;
  next_full_at: number | null;
  created_at: string;
};

export type ScheduleSetting = { expression: string; ms: number } | null;

// Far-future intervals (P100000D) must not overflow a Date.
const MAX_DUE = 8_000_000_000_000_000;
export const dueAfter = (from: number, ms: number | null): number | null =>
  ms === null ? null : Math.min(from + ms, MAX_DUE);

/**
 * The first slot after `now` on the grid `due + k·ms`: firing late, or after the sandbox was down, keeps the phase
 * the schedule got when it was set, and slots missed meanwhile collapse into the one run that fires now.
 */
export function nextSlot(due: number, ms: number | null, now: number): number | null {
  if (ms === null || !(ms > 0)) return null;
  const steps = Math.max(1, Math.floor((now - due) / ms) + 1);
  return Math.min(due + steps * ms, MAX_DUE);
}

export function createCacheRepo(state: StateDb) {
  const byId = state.prepare("SELECT * FROM caches WHERE id = ?");
  return {
    insert(row: CacheRow): "ok" | "duplicate" {
      try {
        state
          .prepare(
            `INSERT INTO caches (id, project_id, catalog_id, schema_name, table_name, inc_expr, inc_ms, full_expr, full_ms,
             next_inc_at, next_full_at, created_at)
             VALUES (@id, @project_id, @catalog_id, @schema_name, @table_name, @inc_expr, @inc_ms, @full_expr, @full_ms,
             @next_inc_at, @next_full_at, @created_at)`,
          )
          .run(row);
        return "ok";
      } catch (error) {
        if ((error as { code?: unknown }).code === "SQLITE_CONSTRAINT_UNIQUE") return "duplicate";
        throw error;
      }
    },
    get(projectId: string, id: string): CacheRow | undefined {
      const row = byId.get(id) as CacheRow | undefined;
      return row && row.project_id === projectId ? row : undefined;
    },
    byIdAnyProject: (id: string): CacheRow | undefined => byId.get(id) as CacheRow | undefined,
    forTable(projectId: string, catalogId: string, schema: string, table: string): CacheRow | undefined {
      return state
        .prepare(
          "SELECT * FROM caches WHERE project_id = ? AND catalog_id = ? AND schema_name = ? AND table_name = ?",
        )
        .get(projectId, catalogId, schema, table) as CacheRow | undefined;
    },
    list(projectId: string, catalogId?: string, schema?: string): CacheRow[] {
      return state
        .prepare(
          `SELECT * FROM caches WHERE project_id = ? AND (? IS NULL OR catalog_id = ?) AND (? IS NULL OR schema_name = ?)
           ORDER BY created_at, id`,
        )
        .all(projectId, catalogId ?? null, catalogId ?? null, schema ?? null, schema ?? null) as CacheRow[];
    },
    cachedTables(projectId: string, catalogId: string): Set<string> {
      const rows = state
        .prepare("SELECT schema_name, table_name FROM caches WHERE project_id = ? AND catalog_id = ?")
        .all(projectId, catalogId) as { schema_name: string; table_name: string }[];
      return new Set(rows.map((r) => JSON.stringify([r.schema_name, r.table_name])));
    },
    updateSchedules(
      id: string,
      inc: ScheduleSetting,
      full: ScheduleSetting,
      nextInc: number | null,
      nextFull: number | null,
    ): void {
      state
        .prepare(
          "UPDATE caches SET inc_expr = ?, inc_ms = ?, full_expr = ?, full_ms = ?, next_inc_at = ?, next_full_at = ? WHERE id = ?",
        )
        .run(
          inc?.expression ?? null,
          inc?.ms ?? null,
          full?.expression ?? null,
          full?.ms ?? null,
          nextInc,
          nextFull,
          id,
        );
    },
    setNext(id: string, column: "next_inc_at" | "next_full_at", at: number | null): void {
      state.prepare(`UPDATE caches SET ${column} = ? WHERE id = ?`).run(at, id);
    },
    earliestDue(): number | null {
      const row = state
        .prepare(
          "SELECT MIN(at) AS at FROM (SELECT next_inc_at AS at FROM caches UNION ALL SELECT next_full_at FROM caches)",
        )
        .get() as { at: number | null };
      return row.at;
    },
    due(now: number): CacheRow[] {
      return state
        .prepare("SELECT * FROM caches WHERE next_inc_at <= ? OR next_full_at <= ?")
        .all(now, now) as CacheRow[];
    },
    delete(id: string): void {
      state.prepare("DELETE FROM caches WHERE id = ?").run(id);
    },
  };
}

export type CacheRepo = ReturnType<typeof createCacheRepo>;
