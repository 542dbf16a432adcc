// lib/server/auth/session-reader.ts reads the session behind a cookie without better-auth's getSession (server
// actions authorise every call against the database, and getSession was half of their cost). Here both answer the
// same cookies, in-process against the real better-auth and the real console database: a good one, tampered and
// malformed ones, another secret's, an expired, a revoked and a banned user's session, and an impersonation.
import { beforeAll, describe, expect, it, vi } from "vitest";

import { startConsole } from "./support/in-process-console";

const request = vi.hoisted(() => ({ cookie: "" }));
vi.mock("next/headers", () => ({ headers: () => Promise.resolve(new Headers({ cookie: request.cookie })) }));

let c: Awaited<ReturnType<typeof startConsole>>;

beforeAll(async () => {
  c = await startConsole({ CONSOLE_IMPERSONATION: "on" });
});

type Answer = { userId: string; token: string; impersonatedBy: string | null } | null;

async function bothRead(cookie: string): Promise<{ ours: Answer; betterAuth: Answer }> {
  const { readStoredSession } = await import("@/lib/server/auth/session-reader");
  const { getAuth } = await import("@/lib/server/auth/init");
  const auth = await getAuth();
  const theirs = await auth.api.getSession({
    headers: new Headers({ cookie }),
    query: { disableRefresh: true },
  });
  const mine = await readStoredSession(cookie);
  const shape = (s: typeof mine | typeof theirs): Answer =>
    s
      ? {
          userId: s.user.id,
          token: s.session.token,
          impersonatedBy: (s.session as { impersonatedBy?: string | null }).impersonatedBy ?? null,
        }
      : null;
  return { ours: shape(mine), betterAuth: shape(theirs) };
}

async function expectSame(cookie: string, signedIn: boolean) {
  const { ours, betterAuth } = await bothRead(cookie);
  expect(ours).toEqual(betterAuth);
  if (signedIn) expect(ours).not.toBeNull();
  else expect(ours).toBeNull();
}

const tokenOf = (cookie: string) => {
  const raw = /session_token=([^;]+)/.exec(cookie)?.[1] ?? "";
  return decodeURIComponent(raw).split(".")[0] ?? "";
};

describe("the console's session reader agrees with better-auth's getSession", () => {
  it("on a good cookie, among other cookies, quoted or not", async () => {
    const cookie = await c.signIn("operator@demo.test");
    await expectSame(cookie, true);
    await expectSame(`theme=dark; ${cookie}; other=1`, true);
    const [name, value] = cookie.split("=");
    await expectSame(`${name}="${value}"`, true);
  });

  it("on tampered, malformed and foreign cookies", async () => {
    const cookie = await c.signIn("viewer@demo.test");
    const [name, value = ""] = cookie.split("=");
    const decoded = decodeURIComponent(value);
    const token = decoded.slice(0, decoded.lastIndexOf("."));
    const signature = decoded.slice(decoded.lastIndexOf(".") + 1);
    const flipped = `${signature[0] === "A" ? "B" : "A"}${signature.slice(1)}`;
    const cases = [
      `${name}=${encodeURIComponent(`${token}.${flipped}`)}`,
      `${name}=${encodeURIComponent(`${token}x.${signature}`)}`,
      `${name}=${encodeURIComponent(token)}`,
      `${name}=${encodeURIComponent(`${token}.${signature.slice(0, -2)}`)}`,
      `${name}=${encodeURIComponent(`.${signature}`)}`,
      `${name}=%E0%A4%A`,
      `${name}=`,
      `other_${name}=${value}`,
      "",
    ];
    for (const bad of cases) await expectSame(bad, false);
    // The same token signed with another secret.
    const { createHmac } = await import("node:crypto");
    const foreign = createHmac("sha256", "another-secret-0123456789abcdef").update(token).digest("base64");
    await expectSame(`${name}=${encodeURIComponent(`${token}.${foreign}`)}`, false);
  });

  it("on an expired session, a revoked one and a banned user's", async () => {
    const { getConsoleDb } = await import("@/lib/server/db/database");
    const db = getConsoleDb().db;

    const expired = await c.signIn("admin@demo.test");
    await db
      .updateTable("session")
      .set({ expiresAt: new Date(Date.now() - 1000).toISOString() })
      .where("token", "=", tokenOf(expired))
      .execute();
    await expectSame(expired, false);

    const revoked = await c.signIn("admin@demo.test");
    await db.deleteFrom("session").where("token", "=", tokenOf(revoked)).execute();
    await expectSame(revoked, false);

    // better-auth returns a banned user's session; the console refuses it on both paths (lib/server/auth/session.ts).
    const banned = await c.signIn("viewer@demo.test");
    const viewer = await c.userRow("viewer@demo.test");
    await db.updateTable("user").set({ banned: 1 }).where("id", "=", viewer.id).execute();
    const { ours, betterAuth } = await bothRead(banned);
    expect(ours).toEqual(betterAuth);
    const { readStoredSession } = await import("@/lib/server/auth/session-reader");
    expect((await readStoredSession(banned))?.user.banned).toBe(true);
    await db.updateTable("user").set({ banned: 0 }).where("id", "=", viewer.id).execute();
  });

  it("on an impersonation, naming the admin behind it", async () => {
    const adminCookie = await c.signIn("admin@demo.test");
    const operator = await c.userRow("operator@demo.test");
    const started = await c.post("/admin/impersonate-user", { userId: operator.id }, { cookie: adminCookie });
    expect(started.status).toBe(200);
    const cookie = started.headers
      .getSetCookie()
      .map((x) => x.split(";")[0] ?? "")
      .filter((x) => x.includes("session_token") && !x.endsWith("="))
      .join("; ");
    const { ours, betterAuth } = await bothRead(cookie);
    expect(ours).toEqual(betterAuth);
    expect(ours?.userId).toBe(operator.id);
    expect(ours?.impersonatedBy).toBe((await c.userRow("admin@demo.test")).id);
  });

  it("is what server actions use: a revoked session is refused at once", async () => {
    request.cookie = await c.signIn("admin@demo.test");
    const { getCurrentUserFresh } = await import("@/lib/server/auth/session");
    expect((await getCurrentUserFresh())?.email).toBe("admin@demo.test");
    const { getConsoleDb } = await import("@/lib/server/db/database");
    await getConsoleDb().db.deleteFrom("session").where("token", "=", tokenOf(request.cookie)).execute();
    expect(await getCurrentUserFresh()).toBeNull();
  });
});
