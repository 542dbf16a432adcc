// Issue 17: applying a config file is idempotent even while Peaka's status list does not show a new cache yet
// (the vendor document does not say when it does; the sandbox holds it back with SANDBOX_LIST_DELAY_MS, as
// `npm run demo` does). The real import action with its middleware, in-process, against the real sandbox.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import { startHarness, type Harness } from "../fuzz/support/console-harness";

const session = vi.hoisted(() => ({ cookie: "" }));
vi.mock("next/headers", () => ({ headers: () => Promise.resolve(new Headers({ cookie: session.cookie })) }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));

const PROJECT = "demoPrj2";
const DOCUMENT = `version: 1
caches:
  - catalog: marketing
    schema: public
    table: campaigns
    schedules:
      incremental: null
      fullRefresh: P1D
    freshnessTarget:
      warnAfter: P2D
      errorAfter: P4D
    paused: false
`;
let h: Harness;

beforeAll(async () => {
  // Longer than the test: the list never shows the new cache while it runs.
  h = await startHarness({ sandboxEnv: { SANDBOX_LIST_DELAY_MS: "600000" } });
  session.cookie = h.cookie;
});
afterAll(async () => {
  await h?.stop();
});

type Applied = {
  ok: true;
  plan: { counts: Record<string, number> };
  results: { key: string; action: string; ok: boolean; message: string }[];
};

async function apply(input: number): Promise<Applied> {
  const { applyConfigAction } = await import("@/lib/actions/config/apply-config");
  const answer = await h.recorder.within(input, () =>
    applyConfigAction({ projectId: PROJECT, document: DOCUMENT, fileName: "prj2.yaml", prune: false }),
  );
  expect(answer?.serverError, JSON.stringify(answer)).toBeUndefined();
  expect(answer?.data?.ok, JSON.stringify(answer?.data)).toBe(true);
  return answer?.data as Applied;
}

describe("config apply while the status list lags", () => {
  it("creates the cache and sets its target, then the same file again changes nothing", async () => {
    const first = await apply(1);
    expect(first.results).toEqual([
      {
        key: "marketing.public.campaigns",
        action: "create",
        ok: true,
        message: "Created. Freshness target set.",
      },
    ]);
    const { listTargets } = await import("@/lib/server/freshness/targets-store");
    const targets = (await listTargets(PROJECT)).byCache;
    expect([...targets.values()]).toEqual([{ warnAfter: "P2D", errorAfter: "P4D" }]);
    const created = h.recorder.callsOf(1).filter((c) => c.method === "POST" && /\/cache$/.test(c.path));
    expect(created).toHaveLength(1);

    const second = await apply(2);
    expect(second.plan.counts).toMatchObject({ create: 0, update: 0 });
    expect(second.results).toEqual([
      { key: "marketing.public.campaigns", action: "unchanged", ok: true, message: "Unchanged." },
    ]);
    expect(h.recorder.callsOf(2).filter((c) => c.method !== "GET")).toEqual([]);
  });
});
