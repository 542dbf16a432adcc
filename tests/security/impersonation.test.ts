// Issue 12, with CONSOLE_IMPERSONATION=on, in-process against the real better-auth, the real action middleware and
// the real console database: starting and ending an impersonation is audited under the admin, and an action taken
// while impersonating is audited with both identities. Only Next's headers() and revalidatePath are stood in (as in
// the action fuzz): the action reads the impersonated session's cookie from it.
import { beforeAll, describe, expect, it, vi } from "vitest";

import { startConsole } from "./support/in-process-console";

const session = vi.hoisted(() => ({ cookie: "" }));
vi.mock("next/headers", () => ({ headers: () => Promise.resolve(new Headers({ cookie: session.cookie })) }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));

let c: Awaited<ReturnType<typeof startConsole>>;

beforeAll(async () => {
  c = await startConsole({ CONSOLE_IMPERSONATION: "on" });
});

const cookieOf = (response: Response) =>
  response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(";")[0] ?? "")
    .filter((cookie) => !cookie.endsWith("="))
    .join("; ");

describe("impersonation, when a setting turns it on", () => {
  it("audits the start, every action taken meanwhile with both identities, and the end", async () => {
    const adminCookie = await c.signIn("admin@demo.test");
    const operator = await c.userRow("operator@demo.test");

    const started = await c.post("/admin/impersonate-user", { userId: operator.id }, { cookie: adminCookie });
    expect(started.status).toBe(200);
    session.cookie = cookieOf(started);
    expect(session.cookie).toContain("session_token");

    const { setFreshnessTargetAction } = await import("@/lib/actions/freshness/set-freshness-target");
    const result = await setFreshnessTargetAction({
      projectId: "demoPrj1",
      cacheIds: [],
      target: { warnAfter: "PT1H", errorAfter: "PT2H" },
    });
    expect(result?.serverError).toBeUndefined();
    expect(result?.data).toEqual({ count: 0, cleared: false });

    const stopped = await c.post("/admin/stop-impersonating", {}, { cookie: session.cookie });
    expect(stopped.status).toBe(200);

    const rows = (await c.auditRows()).map((r) => [r.action, r.actor_email, r.actor_id, r.outcome]);
    expect(rows).toEqual([
      ["user.impersonate", "admin@demo.test", expect.any(String), "success"],
      [
        "cache.freshness-target",
        "operator@demo.test (impersonated by admin@demo.test)",
        operator.id,
        "success",
      ],
      [
        "user.stop-impersonating",
        "operator@demo.test (impersonated by admin@demo.test)",
        operator.id,
        "success",
      ],
    ]);
    expect(rows[0]?.[2]).not.toBe(operator.id);
  });

  it("still refuses impersonation to a non-admin", async () => {
    const viewerCookie = await c.signIn("viewer@demo.test");
    const admin = await c.userRow("admin@demo.test");
    const response = await c.post("/admin/impersonate-user", { userId: admin.id }, { cookie: viewerCookie });
    expect(response.ok).toBe(false);
    expect(cookieOf(response)).not.toContain("session_token");
  });
});
