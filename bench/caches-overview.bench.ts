import { bench, describe } from "vitest";

import { applyOverviewState, DEFAULT_STATE } from "@/lib/caches/overview-state";
import type { CacheStatusValue, CacheSummary } from "@/lib/types";

const STATUSES: CacheStatusValue[] = ["completed", "running", "failed", "cancelled", "not-initialized"];

const CACHES: CacheSummary[] = Array.from({ length: 5_000 }, (_, i) => ({
  id: `c${i}`,
  catalogId: String(i % 7),
  catalogName: `Catalog${i % 7}`,
  schemaName: `schema${i % 31}`,
  tableName: `table_${i}`,
  status: STATUSES[i % STATUSES.length] ?? "completed",
  running: [],
  lastSyncAt: new Date(Date.UTC(2026, 10, 1) + i * 60_000).toISOString(),
  rowsCached: (i * 7919) % 100_000,
  lastSyncKnown: true,
  historySince: null,
  currentRun: null,
  lastError: i % 13 === 0 ? "Source timed out" : null,
  mode: "incremental",
  schedules: { incremental: "PT6H", fullRefresh: null },
}));

describe("caches overview with 5,000 caches", () => {
  bench("default sort", () => {
    applyOverviewState(CACHES, DEFAULT_STATE);
  });
  bench("search + status filter + sort by rows", () => {
    applyOverviewState(CACHES, {
      ...DEFAULT_STATE,
      q: "table_4",
      status: "completed",
      sort: "rows",
      dir: "desc",
    });
  });
});
