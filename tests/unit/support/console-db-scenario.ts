import { expect } from "vitest";

/**
 * Boots the console's auth and audit store from env (as the server does), then signs in and writes audit entries.
 * Modules are imported after env is set because lib/server/env.ts reads process.env once.
 */
export async function runConsoleDbScenario(env: Record<string, string>): Promise<void> {
  Object.assign(process.env, {
    PEAKA_API_KEY: "unit.test-key",
    BETTER_AUTH_SECRET: "unit-test-secret-unit-test-secret-0123",
    CONSOLE_SEED_DEMO_USERS: "1",
    CONSOLE_DEMO_PASSWORD: "demo-password-unit",
    LOG_LEVEL: "silent",
    ...env,
  });
  const { getAuth } = await import("@/lib/server/auth/init");
  const { listAudit, recordAudit } = await import("@/lib/server/audit");

  const auth = await getAuth();
  await getAuth(); // a second start must find the tables and users already there

  const signedIn = await auth.api.signInEmail({
    body: { email: "operator@demo.test", password: "demo-password-unit" },
  });
  expect(signedIn.user.email).toBe("operator@demo.test");
  await expect(
    auth.api.signInEmail({ body: { email: "operator@demo.test", password: "wrong-password" } }),
  ).rejects.toThrow();

  const actor = {
    id: signedIn.user.id,
    email: "operator@demo.test",
    name: "Otto",
    role: "operator" as const,
  };
  await recordAudit({
    actor,
    action: "cache.create",
    projectId: "p1",
    target: "a.b.c",
    request: { x: 1 },
    outcome: "success",
  });
  await recordAudit({
    actor,
    action: "cache.delete",
    target: "id-9",
    request: {},
    outcome: "failure",
    detail: "gone",
  });

  const all = await listAudit({});
  expect(all.map((e) => e.action)).toEqual(["cache.delete", "cache.create"]);
  expect(all[1]).toMatchObject({ actorEmail: "operator@demo.test", projectId: "p1", request: '{"x":1}' });
  const filtered = await listAudit({ action: "cache.create" });
  expect(filtered).toHaveLength(1);

  const { closeConsoleDb } = await import("@/lib/server/db/database");
  await closeConsoleDb();
}
