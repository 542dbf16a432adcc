// Issue 12: OpenID Connect sign-in against a real OpenID provider started here (the `oidc-provider` package), through
// the console's real better-auth route: the happy path, an ID token with the wrong issuer or audience, a replayed
// or expired state, and the role a new SSO user gets.
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { startOpenIdProvider, type OpenIdProvider } from "./support/openid-provider";
import { ORIGIN, startConsole } from "./support/in-process-console";

let op: OpenIdProvider;
let c: Awaited<ReturnType<typeof startConsole>>;

beforeAll(async () => {
  op = await startOpenIdProvider([
    `${ORIGIN}/api/auth/callback/oidc`,
    `${ORIGIN}/api/auth/oauth2/callback/oidc`,
  ]);
  c = await startConsole({
    OIDC_ISSUER: op.issuer,
    OIDC_CLIENT_ID: op.clientId,
    OIDC_CLIENT_SECRET: op.clientSecret,
  });
});

afterAll(async () => {
  await op.stop();
});

const cookiesOf = (response: Response): string[] =>
  response.headers.getSetCookie().map((cookie) => cookie.split(";")[0] ?? "");

/** Starts SSO at the console and walks the provider's redirects (with its cookies) back to the console. */
async function toCallback(): Promise<{ callback: string; cookie: string }> {
  const start = await c.post("/sign-in/social", { provider: "oidc", callbackURL: "/" });
  expect(start.status).toBe(200);
  const cookie = cookiesOf(start).join("; ");
  let url = ((await start.json()) as { url: string }).url;
  const providerCookies = new Map<string, string>();
  for (let hop = 0; hop < 10; hop++) {
    if (url.startsWith(ORIGIN)) return { callback: url, cookie };
    const response = await fetch(url, {
      redirect: "manual",
      headers: { cookie: [...providerCookies.values()].join("; ") },
    });
    for (const pair of cookiesOf(response)) providerCookies.set(pair.split("=")[0] ?? "", pair);
    const location = response.headers.get("location");
    if (!location)
      throw new Error(`provider answered ${response.status} at ${url}: ${await response.text()}`);
    url = new URL(location, url).toString();
  }
  throw new Error("too many redirects at the provider");
}

const callback = (url: string, cookie: string) => c.authRoute.GET(new Request(url, { headers: { cookie } }));

const signedIn = (response: Response) => cookiesOf(response).some((pair) => /session_token=./.test(pair));

describe("OIDC sign-in", () => {
  it("signs a new SSO user in as a viewer", async () => {
    op.nextSubject.value = "ana";
    const { callback: url, cookie } = await toCallback();
    const answer = await callback(url, cookie);
    expect(answer.status).toBe(302);
    expect(answer.headers.get("location")).toBe("/");
    expect(signedIn(answer)).toBe(true);
    expect((await c.userRow("ana@sso.test")).role).toBe("viewer");
  });

  it("refuses a replayed callback", async () => {
    op.nextSubject.value = "bo";
    const { callback: url, cookie } = await toCallback();
    expect(signedIn(await callback(url, cookie))).toBe(true);
    const replay = await callback(url, cookie);
    expect(signedIn(replay)).toBe(false);
    expect(replay.headers.get("location") ?? "").toMatch(/error/);
  });

  it("refuses an expired state", async () => {
    op.nextSubject.value = "cy";
    const { callback: url, cookie } = await toCallback();
    const { getConsoleDb } = await import("@/lib/server/db/database");
    // As if the ten minutes a state lives had passed.
    // better-auth's own table, outside the console's typed schema: the state's recorded expiry is now past.
    const db = getConsoleDb().db;
    const rows = await sql<{ id: string; value: string }>`select id, value from verification`.execute(db);
    for (const row of rows.rows) {
      const value = JSON.parse(row.value) as Record<string, unknown>;
      if (typeof value.expiresAt !== "number") continue;
      const expired = JSON.stringify({ ...value, expiresAt: Date.now() - 1000 });
      await sql`update verification set value = ${expired} where id = ${row.id}`.execute(db);
    }
    const answer = await callback(url, cookie);
    expect(signedIn(answer)).toBe(false);
    expect(answer.headers.get("location") ?? "").toMatch(/error/);
  });

  it.each([
    ["a wrong issuer", { iss: "http://127.0.0.1:1/other-issuer" }],
    ["a wrong audience", { aud: "some-other-client" }],
  ])("refuses an ID token with %s", async (_what, claims) => {
    op.nextSubject.value = `dee-${Object.keys(claims)[0]}`;
    const { callback: url, cookie } = await toCallback();
    op.tamper.claims = claims;
    const answer = await callback(url, cookie);
    expect(signedIn(answer)).toBe(false);
    expect(answer.headers.get("location") ?? "").toMatch(/error/);
    await expect(c.userRow(`${op.nextSubject.value}@sso.test`)).rejects.toThrow();
  });
});
