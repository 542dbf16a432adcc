// The schedule-move store and the console's record of when it set schedules, on SQLite and a real PostgreSQL.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import { startPostgres } from "../support/postgres";

const BACKENDS = [
  {
    name: "SQLite",
    start: () =>
      Promise.resolve({
        env: { CONSOLE_DATA_DIR: mkdtempSync(join(tmpdir(), "console-moves-")) },
        stop: () => Promise.resolve(),
      }),
  },
  {
    name: "PostgreSQL",
    async start() {
      const pg = await startPostgres();
      return { env: { DATABASE_URL: pg.url }, stop: pg.stop };
    },
  },
];

async function load(env: Record<string, string>) {
  vi.resetModules();
  delete process.env.DATABASE_URL;
  Object.assign(process.env, {
    PEAKA_API_KEY: "moves-suite.not-a-real-key",
    BETTER_AUTH_SECRET: "moves-suite-secret-0123456789abcdef0123456789",
    LOG_LEVEL: "silent",
    ...env,
  });
  const [store, setTimes, database, migrate, audit] = await Promise.all([
    import("@/lib/server/schedule-map/moves-store"),
    import("@/lib/server/schedule-map/set-times"),
    import("@/lib/server/db/database"),
    import("@/lib/server/db/migrate"),
    import("@/lib/server/audit"),
  ]);
  await migrate.migrateConsoleTables(database.getConsoleDb());
  return { store, setTimes, database, audit };
}

const by = { id: "u1", email: "operator@demo.test", role: "operator" };
const actor = { id: "u1", email: "operator@demo.test", name: "Otto", role: "operator" as const };

describe.each(BACKENDS)("schedule moves on $name", (backend) => {
  let stop: () => Promise<void> = () => Promise.resolve();
  let c: Awaited<ReturnType<typeof load>>;

  beforeAll(async () => {
    const started = await backend.start();
    stop = started.stop;
    c = await load(started.env);
  });
  afterAll(async () => {
    await c?.database.closeConsoleDb();
    await stop();
  });

  it("keeps one pending move per cache, hands due ones out once, and ends them", async () => {
    const schedules = { fullRefresh: "P1D", incremental: null };
    const base = { projectId: "p1", cacheId: "c1", kind: "full" as const, schedules, createdBy: by };
    const first = await c.store.saveMove({ ...base, applyAt: "2026-12-01T10:00:00.000Z" });
    const second = await c.store.saveMove({ ...base, applyAt: "2026-12-01T11:00:00.000Z" });
    const listed = await c.store.listMoves("p1", Date.parse("2026-12-01T09:00:00Z"));
    expect(listed.map((m) => [m.id, m.status])).toEqual([
      [first.id, "cancelled"],
      [second.id, "pending"],
    ]);
    expect(await c.store.dueMoves(new Date("2026-12-01T10:30:00Z"))).toEqual([]);
    const due = await c.store.dueMoves(new Date("2026-12-01T11:00:00Z"));
    expect(due.map((m) => m.id)).toEqual([second.id]);
    expect(await c.store.claimMove(second.id)).toBe(true);
    expect(await c.store.claimMove(second.id)).toBe(false);
    // A person's cancel cannot take a move the evaluator is carrying out.
    expect(await c.store.finishMove(second.id, "cancelled", "x", "p1")).toBe(false);
    expect(await c.store.finishMove(second.id, "done", "Re-applied.")).toBe(true);
    const [done] = (await c.store.listMoves("p1")).filter((m) => m.id === second.id);
    expect(done).toMatchObject({ status: "done", detail: "Re-applied.", schedules });
  });

  it("reads when the console last set each cache's schedules from its audit log", async () => {
    const put = (cacheId: string) => ({
      method: "PUT",
      path: `/data/projects/p2/cache/${cacheId}`,
      body: {},
    });
    await c.audit.recordAudit({
      actor,
      action: "cache.update-schedules",
      projectId: "p2",
      target: "t",
      request: put("a"),
      outcome: "success",
    });
    await c.audit.recordAudit({
      actor,
      action: "cache.update-schedules",
      projectId: "p2",
      target: "t",
      request: put("b"),
      outcome: "failure",
    });
    await c.audit.recordAudit({
      actor,
      action: "cache.resume",
      projectId: "p2",
      target: "t",
      request: { cacheId: "c" },
      outcome: "success",
    });
    await c.audit.recordAudit({
      actor,
      action: "cache.run-full-refresh",
      projectId: "p2",
      target: "t",
      request: { cacheId: "d" },
      outcome: "success",
    });
    const times = await c.setTimes.lastSetTimes("p2");
    expect([...times.keys()].sort()).toEqual(["a", "c"]);
  });
});
