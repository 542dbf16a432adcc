import { Ban, CheckCircle2, CircleHelp, Loader2, XCircle } from "lucide-react";

import { Badge } from "@/components/ui/badge";
import type { CacheStatusValue } from "@/lib/types";

const LOOK = {
  running: { tone: "info", label: "Running", Icon: Loader2 },
  completed: { tone: "success", label: "Completed", Icon: CheckCircle2 },
  failed: { tone: "danger", label: "Failed", Icon: XCircle },
  cancelled: { tone: "warning", label: "Cancelled", Icon: Ban },
} as const;

/** A run's outcome: "Completed" describes a run, where the cache badge says "Up to date". */
export function RunStatusBadge({ status }: { status: CacheStatusValue }) {
  const look = status in LOOK ? LOOK[status as keyof typeof LOOK] : null;
  const { tone, label, Icon } = look ?? { tone: "neutral" as const, label: "Unknown", Icon: CircleHelp };
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
