import { Ban, CheckCircle2, CircleDashed, CircleHelp, Loader2, Trash2, XCircle } from "lucide-react";

import { Badge } from "@/components/ui/badge";
import type { CacheStatusValue } from "@/lib/types";

const LOOK = {
  running: { tone: "info", label: "Running", Icon: Loader2 },
  completed: { tone: "success", label: "Up to date", Icon: CheckCircle2 },
  failed: { tone: "danger", label: "Failed", Icon: XCircle },
  cancelled: { tone: "warning", label: "Cancelled", Icon: Ban },
  "not-initialized": { tone: "neutral", label: "Not started", Icon: CircleDashed },
  deleted: { tone: "neutral", label: "Deleted", Icon: Trash2 },
  unknown: { tone: "neutral", label: "Unknown", Icon: CircleHelp },
} as const;

export const STATUS_LABELS: Record<CacheStatusValue, string> = Object.fromEntries(
  Object.entries(LOOK).map(([k, v]) => [k, v.label]),
) as Record<CacheStatusValue, string>;

// A run has an outcome, not a state: "Completed" describes a run, where the cache badge says "Up to date".
const RUN_LABELS: Partial<Record<CacheStatusValue, string>> = { completed: "Completed" };
const RUN_STATES = new Set<CacheStatusValue>(["running", "completed", "failed", "cancelled"]);

function StatusBadge({ status, label }: { status: CacheStatusValue; label?: string }) {
  const { tone, Icon, ...look } = LOOK[status];
  return (
    <Badge tone={tone} data-status={status}>
      <Icon
        aria-hidden
        className={status === "running" ? "animate-spin motion-reduce:animate-none" : undefined}
      />
      {label ?? look.label}
    </Badge>
  );
}

export function CacheStatusBadge({ status }: { status: CacheStatusValue }) {
  return <StatusBadge status={status} />;
}

/** One run of the history: its outcome, or "Unknown" for a state a run cannot have. */
export function RunStatusBadge({ status }: { status: CacheStatusValue }) {
  const shown = RUN_STATES.has(status) ? status : "unknown";
  return <StatusBadge status={shown} label={RUN_LABELS[shown]} />;
}
