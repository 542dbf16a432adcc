// Auth and audit against both databases the console supports: the default SQLite file and a real PostgreSQL.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import { startPostgres } from "../support/postgres";

const PASSWORD = "db-suite-password-123";

type Backend = {
  name: string;
  start: () => Promise<{ env: Record<string, string>; stop: () => Promise<void> }>;
};

const BACKENDS: Backend[] = [
  {
    name: "SQLite",
    start: () =>
      Promise.resolve({
        env: { CONSOLE_DATA_DIR: mkdtempSync(join(tmpdir(), "console-db-sqlite-")) },
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

async function loadConsole(env: Record<string, string>) {
  vi.resetModules();
  delete process.env.DATABASE_URL;
  Object.assign(process.env, {
    PEAKA_API_KEY: "db-suite.not-a-real-key",
    // https: better-auth must then mark the session cookie Secure.
    BETTER_AUTH_URL: "https://console.example.test",
    BETTER_AUTH_SECRET: "db-suite-secret-0123456789abcdef0123456789",
    CONSOLE_SEED_DEMO_USERS: "1",
    CONSOLE_DEMO_PASSWORD: PASSWORD,
    LOG_LEVEL: "silent",
    AUTH_RATE_LIMIT: "off",
    ...env,
  });
  const [init, audit, users, database] = await Promise.all([
    import("@/lib/server/auth/init"),
    import("@/lib/server/audit"),
    import("@/lib/server/users"),
    import("@/lib/server/db/database"),
  ]);
  return { auth: await init.getAuth(), audit, users, database };
}

describe.each(BACKENDS)("console database on $name", (backend) => {
  let stop: () => Promise<void> = () => Promise.resolve();
  let c: Awaited<ReturnType<typeof loadConsole>>;

  beforeAll(async () => {
    const started = await backend.start();
    stop = started.stop;
    c = await loadConsole(started.env);
  });

  afterAll(async () => {
    await c?.database.closeConsoleDb();
    await stop();
  });

  it("migrates and seeds one user per role", async () => {
    expect(c.database.getConsoleDb().kind).toBe(backend.name === "SQLite" ? "sqlite" : "postgres");
    const rows = await c.users.listUsers();
    const roles = Object.fromEntries(rows.map((u) => [u.email, u.role]));
    expect(roles).toMatchObject({
      "viewer@demo.test": "viewer",
      "operator@demo.test": "operator",
      "admin@demo.test": "admin",
    });
  });

  it("signs in through better-auth with an HttpOnly, Secure, SameSite session cookie", async () => {
    const response = await c.auth.api.signInEmail({
      body: { email: "operator@demo.test", password: PASSWORD },
      asResponse: true,
    });
    expect(response.status).toBe(200);
    const cookie = response.headers.getSetCookie().find((v) => v.includes("session_token="));
    expect(cookie).toBeDefined();
    expect(cookie).toMatch(/;\s*HttpOnly/i);
    expect(cookie).toMatch(/;\s*Secure/i);
    expect(cookie).toMatch(/;\s*SameSite=(Lax|Strict)/i);

    const session = await c.auth.api.getSession({
      headers: new Headers({ cookie: (cookie ?? "").split(";")[0] ?? "" }),
    });
    expect(session?.user.email).toBe("operator@demo.test");
    expect(session?.user.role).toBe("operator");

    const wrong = await c.auth.api.signInEmail({
      body: { email: "operator@demo.test", password: "not-the-password" },
      asResponse: true,
    });
    expect(wrong.status).toBe(401);
  });

  it("creates a user with a role and changes it", async () => {
    const created = await c.users.createConsoleUser({
      name: "Dana Db",
      email: `dana-${backend.name.toLowerCase()}@demo.test`,
      password: PASSWORD,
      role: "viewer",
    });
    expect(created.role).toBe("viewer");
    const promoted = await c.users.setUserRole(created.id, "admin");
    expect(promoted.role).toBe("admin");
  });

  it("records audit entries, scrubs the Partner API key, and lists them newest first", async () => {
    const actor = { id: "u1", email: "admin@demo.test", name: "Ada", role: "admin" as const };
    await c.audit.recordAudit({
      actor,
      action: "cache.create",
      projectId: "demoPrj1",
      target: "payment.public.invoices",
      request: { authorization: "Bearer db-suite.not-a-real-key", body: { tableName: "invoices" } },
      outcome: "success",
    });
    await c.audit.recordAudit({
      actor,
      action: "cache.delete",
      projectId: "demoPrj1",
      target: "cache-1",
      request: { cacheId: "cache-1" },
      outcome: "refused",
      detail: "needs admin",
    });
    const all = await c.audit.listAudit({});
    expect(all.map((e) => e.action).slice(0, 2)).toEqual(["cache.delete", "cache.create"]);
    const created = await c.audit.listAudit({ action: "cache.create" });
    expect(created).toHaveLength(1);
    expect(created[0]?.target).toBe("payment.public.invoices");
    expect(created[0]?.request).not.toContain("db-suite.not-a-real-key");
    expect(created[0]?.request).toContain("[redacted]");
    expect(await c.audit.listAuditActions()).toEqual(
      expect.arrayContaining(["cache.create", "cache.delete"]),
    );
  });
});
