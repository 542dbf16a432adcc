import "server-only";

import { Client } from "pg";

import { env } from "../env";
import { logger } from "../logger";

/** Whether this instance may evaluate now. */
export type Leadership = { isLeader(): Promise<boolean>; release(): Promise<void> };

// One fixed advisory-lock key for every console sharing the database: "cc" "alrt".
const LOCK = [0x6363, 0x616c7274] as const;

/**
 * On PostgreSQL the instance holding `pg_try_advisory_lock` on its own connection evaluates; the lock goes with the
 * connection, so when the holder dies (or its connection drops) the server frees it and the next instance to ask
 * takes over on its next tick. SQLite has no such lock: one console evaluates (docs/alerts.md says so).
 */
export function createLeadership(): Leadership {
  const url = env.DATABASE_URL ?? "";
  if (!/^postgres(ql)?:\/\//.test(url)) return { isLeader: () => Promise.resolve(true), release: () => Promise.resolve() };
  let client: Client | null = null;
  let held = false;
  const drop = () => {
    if (held) logger.warn("alerts: lost the leader lock (database connection ended)");
    held = false;
    const old = client;
    client = null;
    void old?.end().catch(() => undefined);
  };
  let asking: Promise<boolean> | null = null;
  return {
    isLeader() {
      // The tick and the delivery poll may ask together: one question at a time on the one connection.
      asking ??= ask().finally(() => (asking = null));
      return asking;
    },
    async release() {
      const old = client;
      client = null;
      held = false;
      await old?.end().catch(() => undefined);
    },
  };

  async function ask(): Promise<boolean> {
    try {
      if (!client) {
        const fresh = new Client({ connectionString: url, application_name: "cache-console-alerts" });
        fresh.on("error", drop);
        fresh.on("end", drop);
        await fresh.connect();
        client = fresh;
      }
      if (held) {
        // A cheap check that the session, and so the lock, is still there.
        await client.query("SELECT 1");
        return true;
      }
      const { rows } = await client.query<{ ok: boolean }>("SELECT pg_try_advisory_lock($1, $2) AS ok", [
        ...LOCK,
      ]);
      held = rows[0]?.ok === true;
      if (held)
        logger.info({ pid: process.pid }, "alerts: this instance holds the leader lock and evaluates");
      return held;
    } catch (error) {
      logger.warn({ err: error }, "alerts: leader check failed");
      drop();
      return false;
    }
  }
}
