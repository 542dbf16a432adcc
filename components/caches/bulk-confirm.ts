import type { CacheSummary } from "@/lib/types";

import { formatRows } from "./format";

const caches = (n: number) => `${n} ${n === 1 ? "cache" : "caches"}`;

/** The confirmation of a bulk full refresh: how many caches, and how many cached rows they rebuild. */
export function fullRefreshConfirmation(selected: Pick<CacheSummary, "rowsCached">[]) {
  const counted = selected.filter((c) => c.rowsCached !== null);
  const rows = counted.reduce((sum, c) => sum + (c.rowsCached ?? 0), 0);
  const unknown = selected.length - counted.length;
  const rowText =
    counted.length === 0
      ? "none of them has a row count yet"
      : `${formatRows(rows)} cached ${rows === 1 ? "row" : "rows"}${unknown > 0 ? `, plus ${caches(unknown)} with no row count yet` : ""}`;
  return {
    title: `Run a full refresh on ${caches(selected.length)}?`,
    description: `Each one rebuilds its whole copy from the source (${rowText}). This can take a while and loads the sources.`,
  };
}
