// Issue 12: the audit log never keeps a password or token, not even from a refused call whose input was never
// validated, and a user repeating refused calls cannot flood it. The real action, middleware and console database;
// only Next's request APIs are stood in for (headers() returns the signed-in user's cookie).
import { beforeAll, describe, expect, it, vi } from "vitest";

import { REFUSAL_BURST } from "@/lib/server/audit-refusal-rate";

import { startConsole } from "./support/in-process-console";

const session = vi.hoisted(() => ({ cookie: "" }));
vi.mock("next/headers", () => ({ headers: () => Promise.resolve(new Headers({ cookie: session.cookie })) }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));

let c: Awaited<ReturnType<typeof startConsole>>;

beforeAll(async () => {
  c = await startConsole();
});

const SECRET = "Hunter2-secret-password-9876";

describe("audit log", () => {
  it("stores no password from a refused createUserAction, and no token-like field", async () => {
    session.cookie = await c.signIn("operator@demo.test");
    const { createUserAction } = await import("@/lib/actions/users/create-user");
    const answer = await createUserAction({
      name: "Mallory",
      email: "mallory@example.com",
      password: SECRET,
      role: "admin",
      // Not part of the schema: a refusal records the input before validation.
      apiKey: "pk.live-0123456789",
      nested: { sessionToken: "tok-abcdef" },
    } as never);
    expect(answer?.serverError).toMatch(/needs the admin role/);
    const rows = (await c.auditRows()).filter((r) => r.actor_email === "operator@demo.test");
    expect(rows.map((r) => r.outcome)).toEqual(["refused"]);
    const request = rows[0]?.request ?? "";
    expect(request).toContain("mallory@example.com");
    for (const secret of [SECRET, "pk.live-0123456789", "tok-abcdef"]) expect(request).not.toContain(secret);
  });

  it("bounds a flood of refused calls per user, and cuts each input short", async () => {
    session.cookie = await c.signIn("viewer@demo.test");
    const { setUserRoleAction } = await import("@/lib/actions/users/set-user-role");
    const huge = "A".repeat(200_000);
    for (let i = 0; i < REFUSAL_BURST + 40; i++) {
      const answer = await setUserRoleAction({ userId: huge, role: "admin" });
      expect(answer?.serverError).toMatch(/needs the admin role/);
    }
    const rows = (await c.auditRows()).filter((r) => r.actor_email === "viewer@demo.test");
    expect(rows.length).toBe(REFUSAL_BURST);
    for (const row of rows) {
      expect(row.request.length).toBeLessThan(1_000);
      expect(row.target.length).toBeLessThanOrEqual(200);
    }
  });
});
