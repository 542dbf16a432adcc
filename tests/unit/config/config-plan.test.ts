import { describe, expect, it } from "vitest";

import { type LiveCache, planConfig, planHasChanges } from "@/lib/config/plan";
import type { ConfigCache, ConfigDocument } from "@/lib/schemas/config-document";

const cache = (table: string, over: Partial<ConfigCache> = {}): ConfigCache => ({
  catalog: "payment",
  schema: "public",
  table,
  schedules: { incremental: "PT1H", fullRefresh: "P1D" },
  ...over,
});
const live = (table: string, over: Partial<ConfigCache> = {}): LiveCache => ({
  ...cache(table, over),
  freshnessTarget: null,
  paused: false,
  cacheId: `id-${table}`,
});
const doc = (...caches: ConfigCache[]): ConfigDocument => ({ version: 1, caches });

describe("planConfig", () => {
  it("creates what is absent, updates only the fields that differ, and leaves equal caches alone", () => {
    const plan = planConfig({
      document: doc(
        cache("orders"),
        cache("payments", { schedules: { incremental: "PT60M", fullRefresh: null }, paused: true }),
        cache("refunds", { freshnessTarget: { warnAfter: "PT2H", errorAfter: "PT4H" } }),
      ),
      live: [live("payments"), live("refunds")],
      missing: new Map(),
      prune: false,
    });
    expect(plan.items.map((i) => [i.key, i.action])).toEqual([
      ["payment.public.orders", "create"],
      ["payment.public.payments", "update"],
      ["payment.public.refunds", "update"],
    ]);
    // PT60M is PT1H: only the full refresh and the pause differ.
    expect(plan.items[1]?.changes).toEqual([
      { field: "schedules.fullRefresh", from: "P1D", to: "off" },
      { field: "paused", from: "false", to: "true" },
    ]);
    expect(plan.items[2]?.changes).toEqual([
      { field: "freshnessTarget", from: "default", to: "warn PT2H, error PT4H" },
    ]);
    expect(plan.counts).toMatchObject({ create: 1, update: 2, unchanged: 0, delete: 0 });
    expect(planHasChanges(plan)).toBe(true);
  });

  it("reports a table the project cannot cache as missing, with its reason, not as a create", () => {
    const plan = planConfig({
      document: doc(cache("orders")),
      live: [],
      missing: new Map([["payment.public.orders", "project demoPrj2 has no catalog named payment"]]),
      prune: false,
    });
    expect(plan.items).toEqual([
      expect.objectContaining({ action: "missing", reason: "project demoPrj2 has no catalog named payment" }),
    ]);
    expect(planHasChanges(plan)).toBe(false);
  });

  it("lists caches absent from the file as deletions only with prune", () => {
    const input = {
      document: doc(cache("orders")),
      live: [live("orders"), live("b"), live("a")],
      missing: new Map(),
    };
    const kept = planConfig({ ...input, prune: false });
    expect(kept.items.map((i) => i.action)).toEqual(["unchanged"]);
    expect(planHasChanges(kept)).toBe(false);
    const pruned = planConfig({ ...input, prune: true });
    expect(pruned.items.map((i) => [i.action, i.cacheId])).toEqual([
      ["unchanged", "id-orders"],
      ["delete", "id-a"],
      ["delete", "id-b"],
    ]);
    expect(pruned.counts.delete).toBe(2);
  });

  it("sees no change when the live project already matches the file", () => {
    const desired = cache("orders", {
      freshnessTarget: { warnAfter: "PT2H", errorAfter: "PT4H" },
      paused: true,
    });
    const plan = planConfig({
      document: doc(desired),
      live: [{ ...desired, freshnessTarget: { warnAfter: "PT120M", errorAfter: "PT4H" }, cacheId: "x" }],
      missing: new Map(),
      prune: true,
    });
    expect(plan.items.map((i) => i.action)).toEqual(["unchanged"]);
    expect(planHasChanges(plan)).toBe(false);
  });
});
