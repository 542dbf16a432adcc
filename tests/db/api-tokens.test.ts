// Personal access tokens on both databases: stored hashed, and refused once revoked, expired, or their user is
// disabled; their power is the lower of the token's role and the user's role at the time of the call.

import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import { DB_BACKENDS } from "../support/db-backends";

async function loadConsole(env: Record<string, string>) {
  vi.resetModules();
  delete process.env.DATABASE_URL;
  Object.assign(process.env, {
    PEAKA_API_KEY: "tokens-suite.not-a-real-key",
    BETTER_AUTH_SECRET: "tokens-suite-secret-0123456789abcdef0123456789",
    CONSOLE_SEED_DEMO_USERS: "1",
    CONSOLE_DEMO_PASSWORD: "tokens-suite-password-1",
    LOG_LEVEL: "silent",
    ...env,
  });
  const [init, tokens, users, database, admin] = await Promise.all([
    import("@/lib/server/auth/init"),
    import("@/lib/server/tokens/token-store"),
    import("@/lib/server/users"),
    import("@/lib/server/db/database"),
    import("@/lib/server/user-admin"),
  ]);
  await init.getAuth();
  return { tokens, users, database, admin };
}

describe.each(DB_BACKENDS)("API tokens on $name", (backend) => {
  let stop: () => Promise<void> = () => Promise.resolve();
  let c: Awaited<ReturnType<typeof loadConsole>>;
  let operatorId = "";

  beforeAll(async () => {
    const started = await backend.start();
    stop = started.stop;
    c = await loadConsole(started.env);
    operatorId = (await c.users.listUsers()).find((u) => u.email === "operator@demo.test")?.id ?? "";
  });
  afterAll(async () => {
    await c?.database.closeConsoleDb();
    await stop();
  });

  const make = (over: { role?: "viewer" | "operator" | "admin"; expiresAt?: string | null } = {}) =>
    c.tokens.createApiToken(
      {
        userId: operatorId,
        name: "ci",
        role: over.role ?? "operator",
        projectId: "demoPrj1",
        expiresAt: over.expiresAt ?? null,
      },
      "admin@demo.test",
    );

  it("keeps only a hash, resolves the token to its user with the token id, and records its last use", async () => {
    const { id, token } = await make();
    expect(token).toMatch(/^cc_[0-9a-f]{12}_[\w-]{43}$/);
    const rows = await c.database
      .getConsoleDb()
      .db.selectFrom("api_token" as never)
      .selectAll()
      .execute();
    expect(JSON.stringify(rows)).not.toContain(token.slice(20));
    const caller = await c.tokens.resolveApiToken(token);
    expect(caller).toMatchObject({
      tokenId: id,
      projectId: "demoPrj1",
      user: { email: "operator@demo.test", role: "operator", token: { id } },
    });
    expect((await c.tokens.findApiToken(id))?.lastUsedAt).not.toBeNull();
    expect(await c.tokens.resolveApiToken(`${token}x`)).toBeNull();
  });

  it("refuses an expired or revoked token", async () => {
    const expired = await make({ expiresAt: new Date(Date.now() - 1000).toISOString() });
    expect(await c.tokens.resolveApiToken(expired.token)).toBeNull();
    const later = await make({ expiresAt: new Date(Date.now() + 60_000).toISOString() });
    expect(await c.tokens.resolveApiToken(later.token)).not.toBeNull();
    expect(await c.tokens.resolveApiToken(later.token, new Date(Date.now() + 120_000))).toBeNull();
    expect(await c.tokens.revokeApiToken(later.id)).toBe(true);
    expect(await c.tokens.resolveApiToken(later.token)).toBeNull();
    expect(await c.tokens.revokeApiToken(later.id)).toBe(false);
  });

  it("loses power when its user is demoted or disabled", async () => {
    const { token } = await make({ role: "operator" });
    await c.users.setUserRole(operatorId, "viewer");
    expect((await c.tokens.resolveApiToken(token))?.user.role).toBe("viewer");
    await c.users.setUserRole(operatorId, "operator");
    expect((await c.tokens.resolveApiToken(token))?.user.role).toBe("operator");
    await c.admin.setUserDisabled(operatorId, true);
    expect(await c.tokens.resolveApiToken(token)).toBeNull();
    await c.admin.setUserDisabled(operatorId, false);
    expect(await c.tokens.resolveApiToken(token)).not.toBeNull();
  });
});
