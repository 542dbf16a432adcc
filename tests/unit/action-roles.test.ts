// Roles live in each action's metadata only; the shared middleware refuses and audits. These are the cases where
// one action needs two roles: delete (operator to call, admin to act) and bulk (the operation decides).
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import { FUZZ_PASSWORD, startHarness, type Harness } from "../fuzz/support/console-harness";

const session = vi.hoisted(() => ({ cookie: "" }));
vi.mock("next/headers", () => ({ headers: () => Promise.resolve(new Headers({ cookie: session.cookie })) }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));

let h: Harness;
const cookies = new Map<string, string>();

beforeAll(async () => {
  h = await startHarness();
  const { getAuth } = await import("@/lib/server/auth/init");
  const auth = await getAuth();
  for (const role of ["viewer", "operator"]) {
    const response = await auth.api.signInEmail({
      body: { email: `${role}@demo.test`, password: FUZZ_PASSWORD },
      asResponse: true,
    });
    cookies.set(
      role,
      response.headers
        .getSetCookie()
        .map((c) => c.split(";")[0])
        .join("; "),
    );
  }
});
afterAll(async () => {
  await h?.stop();
});

async function as<T>(role: string, run: () => Promise<T>): Promise<T> {
  session.cookie = cookies.get(role) ?? "";
  return run();
}

async function lastAudit(action: string) {
  const { listAudit } = await import("@/lib/server/audit");
  const [entry] = await listAudit({ action, limit: 1 });
  return entry;
}

describe("roles from action metadata", () => {
  it("tells a viewer about operator and an operator about admin when deleting, and audits both", async () => {
    const { deleteCacheAction } = await import("@/lib/actions/caches/delete-cache");
    const ref = { projectId: "rolesPrj", cacheId: "c-roles" };
    const viewer = await as("viewer", () => deleteCacheAction(ref));
    expect(viewer?.serverError).toBe("This needs the operator role; you are signed in as viewer.");
    expect(await lastAudit("cache.delete")).toMatchObject({ actorRole: "viewer", outcome: "refused" });

    const operator = await as("operator", () => deleteCacheAction(ref));
    expect(operator?.serverError).toBe("This needs the admin role; you are signed in as operator.");
    expect(await lastAudit("cache.delete")).toMatchObject({
      actorRole: "operator",
      outcome: "refused",
      projectId: "rolesPrj",
      target: "c-roles",
      detail: "needs the admin role",
    });
    expect(h.recorder.calls.filter((c) => c.method === "DELETE")).toEqual([]);
  });

  it("lets an operator bulk-pause but not bulk-delete, audited under the bulk operation", async () => {
    const { bulkOperateAction } = await import("@/lib/actions/caches/bulk-operate");
    const input = { projectId: "rolesPrj", cacheIds: ["c-a", "c-b"] };
    const refused = await as("operator", () => bulkOperateAction({ ...input, operation: "delete" }));
    expect(refused?.serverError).toBe("This needs the admin role; you are signed in as operator.");
    expect(await lastAudit("cache.bulk-delete")).toMatchObject({ target: "c-a, c-b", outcome: "refused" });

    // Pause reaches Peaka (which does not know these ids): each cache answers on its own, none is refused.
    const paused = await as("operator", () => bulkOperateAction({ ...input, operation: "pause" }));
    expect(paused?.serverError).toBeUndefined();
    expect(paused?.data?.results.map((r) => r.cacheId)).toEqual(["c-a", "c-b"]);
  });
});
