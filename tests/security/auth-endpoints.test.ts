// Issue 12, in-process against the real better-auth and the real console database: password checks are throttled
// per account whatever the address; better-auth endpoints that bypass the console's rules are closed.
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";

import { PASSWORD, startConsole } from "./support/in-process-console";

let c: Awaited<ReturnType<typeof startConsole>>;

beforeAll(async () => {
  c = await startConsole();
});

afterEach(() => {
  vi.useRealTimers();
});

describe("per-account password throttle", () => {
  it("holds back guesses from many addresses, then lets the owner in once the delay is over", async () => {
    const email = "viewer@demo.test";
    const statuses = [];
    for (let i = 0; i < 6; i++) {
      const response = await c.post(
        "/sign-in/email",
        { email, password: `wrong-guess-${i}` },
        { address: `127.0.0.${i + 2}` },
      );
      statuses.push(response.status);
    }
    // Three free attempts, then a 30 s delay: every later guess, from any address, is refused unread.
    expect(statuses).toEqual([401, 401, 401, 429, 429, 429]);
    const early = await c.post("/sign-in/email", { email, password: PASSWORD }, { address: "127.0.0.99" });
    expect(early.status).toBe(429);
    expect(Number(early.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(Number(early.headers.get("retry-after"))).toBeLessThanOrEqual(30);
    expect(((await early.json()) as { message: string }).message).toMatch(/Try again in \d+ seconds/);

    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + 31_000 });
    const owner = await c.post("/sign-in/email", { email, password: PASSWORD }, { address: "127.0.0.99" });
    expect(owner.status).toBe(200);
    // A correct password clears the account's failures.
    const after = await c.post("/sign-in/email", { email, password: "one-more-wrong" });
    expect(after.status).toBe(401);
    await c.signIn(email);
  });

  it("counts an email however it is spelled", async () => {
    for (const email of ["Operator@demo.test", " operator@DEMO.test", "operator@demo.test"]) {
      expect([400, 401]).toContain(
        (await c.post("/sign-in/email", { email, password: "nope-nope-nope" })).status,
      );
    }
    expect((await c.post("/sign-in/email", { email: "OPERATOR@demo.test", password: PASSWORD })).status).toBe(
      429,
    );
  });

  it("throttles change-password's current-password check the same way", async () => {
    const cookie = await c.signIn("admin@demo.test");
    const change = (currentPassword: string) =>
      c.post("/change-password", { currentPassword, newPassword: "another-password-123" }, { cookie });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await change(`wrong-current-${i}`)).status);
    expect(statuses.slice(0, 3).every((s) => s === 400 || s === 401)).toBe(true);
    expect(statuses[3]).toBe(429);
    expect((await change(PASSWORD)).status).toBe(429);
  });
});

describe("better-auth endpoints that bypass the console's rules are closed", () => {
  it("refuses set-role, even an admin demoting themselves", async () => {
    const admin = await c.userRow("admin@demo.test");
    const cookie = await signInFresh("admin@demo.test");
    const response = await c.post("/admin/set-role", { userId: admin.id, role: "viewer" }, { cookie });
    expect(response.status).toBe(404);
    expect((await c.userRow("admin@demo.test")).role).toBe("admin");
  });

  it.each(["/admin/set-role", "//admin/set-role", "/Admin/Set-Role", "/admin/set-role/"])(
    "closes %s however it is written",
    async (path) => {
      const viewer = await c.userRow("viewer@demo.test");
      const cookie = await signInFresh("admin@demo.test");
      const response = await c.post(path, { userId: viewer.id, role: "admin" }, { cookie });
      expect(response.status).toBe(404);
      expect((await c.userRow("viewer@demo.test")).role).toBe("viewer");
    },
  );

  it("refuses impersonate-user (impersonation is off by default)", async () => {
    const viewer = await c.userRow("viewer@demo.test");
    const cookie = await signInFresh("admin@demo.test");
    const response = await c.post("/admin/impersonate-user", { userId: viewer.id }, { cookie });
    expect(response.status).toBe(404);
    expect(response.headers.getSetCookie().join(";")).not.toContain("session_token");
  });

  it("refuses profile edits that skip the console's rules (javascript: image, over-long name)", async () => {
    const cookie = await signInFresh("viewer@demo.test");
    const response = await c.post(
      "/update-user",
      { name: "x".repeat(5000), image: "javascript:alert(1)" },
      { cookie },
    );
    expect(response.status).toBe(404);
    const row = await c.userRow("viewer@demo.test");
    expect(row.name).toBe("Vera Viewer");
    expect((row as { image?: string | null }).image ?? null).toBeNull();
  });
});

describe("every better-auth endpoint the console does not use is closed, and changes nothing", () => {
  // One path per closed pattern of lib/server/auth/endpoint-policy.ts, with a body that would work if it were open.
  const cases: [string, (ids: { viewer: string }) => Record<string, unknown>][] = [
    ["/admin/create-user", () => ({ email: "intruder@demo.test", password: "intruder-pass-123", name: "X" })],
    ["/admin/ban-user", ({ viewer }) => ({ userId: viewer })],
    ["/admin/remove-user", ({ viewer }) => ({ userId: viewer })],
    ["/admin/set-user-password", ({ viewer }) => ({ userId: viewer, newPassword: "taken-over-123" })],
    ["/admin/revoke-user-sessions", ({ viewer }) => ({ userId: viewer })],
    ["/change-email", () => ({ newEmail: "elsewhere@demo.test" })],
    ["/delete-user", () => ({ password: PASSWORD })],
    ["/sign-up/email", () => ({ email: "intruder@demo.test", password: "intruder-pass-123", name: "X" })],
    ["/request-password-reset", () => ({ email: "viewer@demo.test", redirectTo: "/" })],
    ["/reset-password", () => ({ newPassword: "taken-over-123", token: "x" })],
    ["/send-verification-email", () => ({ email: "viewer@demo.test" })],
    ["/link-social", () => ({ provider: "github" })],
    ["/unlink-account", () => ({ providerId: "credential" })],
  ];

  it.each(cases)("%s answers 404 and leaves the accounts as they were", async (path, body) => {
    const viewerCookie = await signInFresh("viewer@demo.test");
    const adminCookie = await signInFresh("admin@demo.test");
    const before = await c.userRow("viewer@demo.test");
    const cookie = path.startsWith("/admin/") ? adminCookie : viewerCookie;
    const response = await c.post(path, body({ viewer: before.id }), { cookie });
    expect(response.status).toBe(404);
    expect(await c.userRow("viewer@demo.test")).toEqual(before);
    await expect(c.userRow("intruder@demo.test")).rejects.toThrow();
    // The viewer's own password still works: nothing replaced it.
    await signInFresh("viewer@demo.test");
  });
});

/** A correct sign-in clears the account's count, so these accounts start each test with a clean slate. */
const signInFresh = (email: string) => c.signIn(email);
