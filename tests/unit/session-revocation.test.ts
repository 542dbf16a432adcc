// The real sign-in and sign-out endpoints and the real console database: whatever ends or narrows a
// session must show on the very next request, even though reads use the session cache.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { beforeAll, describe, expect, it } from "vitest";

import type * as AuthRoute from "@/app/api/auth/[...all]/route";
import type * as Session from "@/lib/server/auth/session";
import type * as Users from "@/lib/server/users";

const ORIGIN = "http://127.0.0.1:3999";
const PASSWORD = "unit-demo-password-123";

let authRoute: typeof AuthRoute;
let session: typeof Session;
let users: typeof Users;

beforeAll(async () => {
  // lib/server/env.ts reads process.env once, so configure it before the first import.
  Object.assign(process.env, {
    PEAKA_API_BASE_URL: "http://127.0.0.1:9/api/v1",
    PEAKA_API_KEY: "unit.revocation-key",
    CONSOLE_DATA_DIR: mkdtempSync(join(tmpdir(), "console-revocation-")),
    BETTER_AUTH_SECRET: "revocation-secret-0123456789abcdef0123456789",
    BETTER_AUTH_URL: ORIGIN,
    CONSOLE_SEED_DEMO_USERS: "1",
    CONSOLE_DEMO_PASSWORD: PASSWORD,
    LOG_LEVEL: "silent",
    AUTH_RATE_LIMIT: "off",
  });
  authRoute = await import("@/app/api/auth/[...all]/route");
  session = await import("@/lib/server/auth/session");
  users = await import("@/lib/server/users");
});

const post = (path: string, body: unknown, cookie = "") =>
  authRoute.POST(
    new Request(`${ORIGIN}/api/auth${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: ORIGIN, cookie },
      body: JSON.stringify(body),
    }),
  );

async function signIn(email: string): Promise<string> {
  const response = await post("/sign-in/email", { email, password: PASSWORD });
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  expect(cookie).toContain("session_token");
  return cookie;
}

const userOf = (cookie: string, method = "GET") =>
  session.getUserFromRequest(new Request(`${ORIGIN}/api/projects/p/caches`, { method, headers: { cookie } }));

async function idOf(email: string): Promise<string> {
  const user = (await users.listUsers()).find((u) => u.email === email);
  if (!user) throw new Error(`no user ${email}`);
  return user.id;
}

describe("session cache and revocation", () => {
  it("shows a role change on the user's next request", async () => {
    const cookie = await signIn("viewer@demo.test");
    expect((await userOf(cookie))?.role).toBe("viewer");
    expect((await userOf(cookie))?.role).toBe("viewer");
    await users.setUserRole(await idOf("viewer@demo.test"), "operator");
    expect((await userOf(cookie))?.role).toBe("operator");
    await users.setUserRole(await idOf("viewer@demo.test"), "viewer");
    expect((await userOf(cookie))?.role).toBe("viewer");
  });

  it("ends the session on the next request after sign-out", async () => {
    const cookie = await signIn("operator@demo.test");
    expect((await userOf(cookie))?.email).toBe("operator@demo.test");
    const out = await post("/sign-out", {}, cookie);
    expect(out.status).toBe(200);
    expect(await userOf(cookie)).toBeNull();
  });

  it("closes better-auth's ban endpoint over HTTP (issue 12): users are managed through console actions", async () => {
    const admin = await signIn("admin@demo.test");
    const viewer = await signIn("viewer@demo.test");
    const ban = await post("/admin/ban-user", { userId: await idOf("viewer@demo.test") }, admin);
    expect(ban.status).toBe(404);
    expect((await userOf(viewer))?.email).toBe("viewer@demo.test");
    expect((await userOf(viewer, "POST"))?.email).toBe("viewer@demo.test");
  });

  it("authorises writes against the database even while a read is cached", async () => {
    const cookie = await signIn("operator@demo.test");
    expect((await userOf(cookie))?.role).toBe("operator");
    // A change this process is not told of, as from another console instance sharing the database.
    const { getConsoleDb } = await import("@/lib/server/db/database");
    await getConsoleDb()
      .db.updateTable("user")
      .set({ role: "viewer" })
      .where("email", "=", "operator@demo.test")
      .execute();
    expect((await userOf(cookie))?.role).toBe("operator");
    expect((await userOf(cookie, "POST"))?.role).toBe("viewer");
  });
});
