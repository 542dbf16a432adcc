// @vitest-environment happy-dom
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, beforeAll, describe, expect, it } from "vitest";

import { CachesList } from "@/components/caches/caches-list";
import type { CacheSummary } from "@/lib/types";

afterEach(cleanup);

// happy-dom has no layout engine: give every element the height of one rendered row.
beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, "offsetHeight", { configurable: true, get: () => 64 });
});

const CACHES: CacheSummary[] = Array.from({ length: 5_000 }, (_, i) => ({
  id: `c${i}`,
  catalogId: "1",
  catalogName: "Payment",
  schemaName: "public",
  tableName: `table_${String(i).padStart(4, "0")}`,
  status: i % 10 === 0 ? "failed" : "completed",
  running: [],
  lastSyncAt: "2026-11-28T10:00:00Z",
  rowsCached: i,
  lastSyncKnown: true,
  historySince: null,
  currentRun: null,
  lastError: i % 10 === 0 ? "Source timed out" : null,
  mode: "incremental",
  schedules: { incremental: "PT6H", fullRefresh: null },
}));

describe("CachesList", () => {
  it("keeps only the rows in view in the DOM for 5,000 caches", () => {
    render(<CachesList caches={CACHES} hrefFor={(c) => `/projects/p/caches/${c.id}`} />);
    const table = screen.getByRole("table", { name: "Caches" });
    expect(table.getAttribute("aria-rowcount")).toBe("5001");
    const rows = screen.getAllByRole("row").filter((r) => r.hasAttribute("data-cache-id"));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(100);
    expect(screen.getByRole("link", { name: /table_0000/ }).getAttribute("href")).toBe(
      "/projects/p/caches/c0",
    );
    expect(screen.getAllByText("Source timed out").length).toBeGreaterThan(0);
  });

  it("offers a checkbox per row only when selection is wired", () => {
    const selected = new Set(["c1"]);
    render(
      <CachesList
        caches={CACHES.slice(0, 3)}
        hrefFor={(c) => c.id}
        selection={{ isSelected: (id) => selected.has(id), onToggle: () => undefined }}
      />,
    );
    const box = screen.getByRole("checkbox", { name: "Select Payment.public.table_0001" });
    expect((box as HTMLInputElement).checked).toBe(true);
  });
});
