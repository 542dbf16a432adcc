import type { CacheMode } from "@/lib/types";

const count = new Intl.NumberFormat("en");

export function formatRows(rows: number | null): string {
  return rows === null ? "—" : count.format(rows);
}

export const MODE_LABELS: Record<CacheMode, string> = {
  "one-time": "One-time",
  incremental: "Incremental",
  "full-and-incremental": "Full + incremental",
  "full-only": "Full refresh only",
};
