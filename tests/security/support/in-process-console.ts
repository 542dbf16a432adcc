// The console's auth route, actions and database in-process, against a fresh data directory. The env must be
// set before the first console import (lib/server/env.ts reads it once), so call startConsole() in beforeAll.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import type * as AuthRoute from "@/app/api/auth/[...all]/route";

export const ORIGIN = "http://127.0.0.1:3999";
export const PASSWORD = "security-demo-password-1";

export async function startConsole(extraEnv: Record<string, string> = {}) {
  Object.assign(process.env, {
    PEAKA_API_BASE_URL: "http://127.0.0.1:9/api/v1",
    PEAKA_API_KEY: "unit.security-key",
    CONSOLE_DATA_DIR: mkdtempSync(join(tmpdir(), "console-security-")),
    BETTER_AUTH_SECRET: "security-secret-0123456789abcdef0123456789",
    BETTER_AUTH_URL: ORIGIN,
    CONSOLE_SEED_DEMO_USERS: "1",
    CONSOLE_DEMO_PASSWORD: PASSWORD,
    LOG_LEVEL: "silent",
    AUTH_RATE_LIMIT: "off",
    ...extraEnv,
  });
  const authRoute: typeof AuthRoute = await import("@/app/api/auth/[...all]/route");
  const { getConsoleDb } = await import("@/lib/server/db/database");

  const post = (path: string, body: unknown, options: { cookie?: string; address?: string } = {}) =>
    authRoute.POST(
      new Request(`${ORIGIN}/api/auth${path}`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          origin: ORIGIN,
          cookie: options.cookie ?? "",
          "x-console-client-address": options.address ?? "127.0.0.1",
        },
        body: JSON.stringify(body),
      }),
    );

  async function signIn(email: string, password = PASSWORD): Promise<string> {
    const response = await post("/sign-in/email", { email, password });
    const cookie = response.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
    if (!cookie.includes("session_token")) throw new Error(`sign-in of ${email} answered ${response.status}`);
    return cookie;
  }

  const userRow = (email: string) =>
    getConsoleDb().db.selectFrom("user").selectAll().where("email", "=", email).executeTakeFirstOrThrow();

  const auditRows = () => getConsoleDb().db.selectFrom("audit_log").selectAll().orderBy("id").execute();

  return { authRoute, post, signIn, userRow, auditRows };
}
