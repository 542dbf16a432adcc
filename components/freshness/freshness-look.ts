import type { FreshnessState } from "@/lib/types";

export const FRESHNESS_LOOK: Record<
  FreshnessState,
  { tone: "success" | "warning" | "danger" | "neutral"; label: string }
> = {
  fresh: { tone: "success", label: "Fresh" },
  warn: { tone: "warning", label: "Late" },
  error: { tone: "danger", label: "Stale" },
  "no-data": { tone: "neutral", label: "No data yet" },
};
