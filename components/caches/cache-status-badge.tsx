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

export function CacheStatusBadge({ status }: { status: CacheStatusValue }) {
  const { tone, label, Icon } = LOOK[status];
  return (
    <Badge tone={tone} data-status={status}>
      <Icon
        aria-hidden
        className={status === "running" ? "animate-spin motion-reduce:animate-none" : undefined}
      />
      {label}
    </Badge>
  );
}
