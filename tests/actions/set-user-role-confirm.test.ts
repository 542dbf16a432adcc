// Issue 13: a change to admin must be confirmed, and the action enforces it, not only the form. The real action
// with its middleware and the real console database, in-process (Next's headers() and revalidatePath stood in).
import { beforeAll, describe, expect, it, vi } from "vitest";

import { startConsole } from "../security/support/in-process-console";

const session = vi.hoisted(() => ({ cookie: "" }));
vi.mock("next/headers", () => ({ headers: () => Promise.resolve(new Headers({ cookie: session.cookie })) }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));

let c: Awaited<ReturnType<typeof startConsole>>;

beforeAll(async () => {
  c = await startConsole();
  session.cookie = await c.signIn("admin@demo.test");
});

const setRole = async (input: Record<string, unknown>) =>
  (await import("@/lib/actions/users/set-user-role")).setUserRoleAction(input as never);

describe("setUserRole: making someone an admin", () => {
  it("is refused without the confirmation, with a message that says what to do, and changes nothing", async () => {
    const viewer = await c.userRow("viewer@demo.test");
    for (const confirmAdmin of [undefined, false]) {
      const answer = await setRole({ userId: viewer.id, role: "admin", confirmAdmin });
      expect(JSON.stringify(answer?.validationErrors)).toContain("Confirm the change to admin");
    }
    expect((await c.userRow("viewer@demo.test")).role).toBe("viewer");
    expect((await c.auditRows()).filter((r) => r.action === "user.set-role")).toEqual([]);
  });

  it("goes through once confirmed, and other roles need no confirmation", async () => {
    const viewer = await c.userRow("viewer@demo.test");
    expect((await setRole({ userId: viewer.id, role: "admin", confirmAdmin: true }))?.data).toBeDefined();
    expect((await c.userRow("viewer@demo.test")).role).toBe("admin");
    expect((await setRole({ userId: viewer.id, role: "operator" }))?.data).toBeDefined();
    expect((await c.userRow("viewer@demo.test")).role).toBe("operator");
    const outcomes = (await c.auditRows()).filter((r) => r.action === "user.set-role").map((r) => r.outcome);
    expect(outcomes).toEqual(["success", "success"]);
  });
});
