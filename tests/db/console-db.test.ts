// Auth and audit against both databases the console supports: the default SQLite file and a real PostgreSQL.

import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import { DB_BACKENDS } from "../support/db-backends";

const PASSWORD = "db-suite-password-123";

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
  const [init, audit, users, database, admin] = await Promise.all([
    import("@/lib/server/auth/init"),
    import("@/lib/server/audit"),
    import("@/lib/server/users"),
    import("@/lib/server/db/database"),
    import("@/lib/server/user-admin"),
  ]);
  return { auth: await init.getAuth(), audit, users, database, admin };
}

describe.each(DB_BACKENDS)("console database on $name", (backend) => {
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

  it("disables, enables, resets the password of and removes a user", async () => {
    const email = `erin-${backend.name.toLowerCase()}@demo.test`;
    const user = await c.users.createConsoleUser({ name: "Erin", email, password: PASSWORD, role: "viewer" });
    const signIn = (password: string) =>
      c.auth.api.signInEmail({ body: { email, password }, asResponse: true }).then((r) => r.status);
    const listed = async () => (await c.users.listUsers()).find((u) => u.id === user.id);

    await c.admin.setUserDisabled(user.id, true);
    expect((await listed())?.disabled).toBe(true);
    expect(await signIn(PASSWORD)).toBe(403);
    await c.admin.setUserDisabled(user.id, false);
    expect((await listed())?.disabled).toBe(false);
    expect(await signIn(PASSWORD)).toBe(200);

    const fresh = await c.admin.resetUserPassword(user.id);
    expect(fresh).toMatch(/^[\w-]{16}$/);
    expect(await signIn(PASSWORD)).toBe(401);
    expect(await signIn(fresh)).toBe(200);

    expect(await c.admin.userEmail(user.id)).toBe(email);
    await c.admin.removeUser(user.id);
    expect(await listed()).toBeUndefined();
    expect(await signIn(fresh)).toBe(401);
    await expect(c.admin.userEmail(user.id)).rejects.toThrow("no longer exists");
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

  it("filters the audit log by actor, target (any case, % and _ taken literally) and time", async () => {
    const otto = { id: "u2", email: "otto@demo.test", name: "Otto", role: "operator" as const };
    await c.audit.recordAudit({
      actor: otto,
      action: "cache.run-full-refresh",
      projectId: "demoPrj1",
      target: "payment.public.Refunds_100%",
      request: {},
      outcome: "success",
    });
    const mine = await c.audit.listAudit({ actor: "otto@demo.test" });
    expect(mine.map((e) => e.target)).toEqual(["payment.public.Refunds_100%"]);
    expect(await c.audit.listAudit({ target: "REFUNDS_100%" })).toHaveLength(1);
    expect(await c.audit.listAudit({ target: "refundsX100" })).toHaveLength(0);
    expect(await c.audit.listAudit({ target: "100%%" })).toHaveLength(0);
    const at = mine[0]?.at ?? "";
    expect(await c.audit.listAudit({ actor: "otto@demo.test", from: at, to: at })).toHaveLength(1);
    expect(await c.audit.listAudit({ actor: "otto@demo.test", to: "2000-01-01T00:00:00.000Z" })).toHaveLength(
      0,
    );
    expect(await c.audit.listAuditActors()).toEqual(expect.arrayContaining(["otto@demo.test"]));
  });
});
