"use client";

import { CalendarClock, PauseCircle } from "lucide-react";

import { CacheStatusBadge } from "@/components/caches/cache-status-badge";
import { Badge } from "@/components/ui/badge";
import { ageOf, formatAge } from "@/lib/freshness/format-age";
import type { CacheMode, CacheStatusValue } from "@/lib/types";

import { useClock } from "@/lib/use-clock";

type Props = {
  status: CacheStatusValue;
  mode: CacheMode | null;
  paused: boolean;
  lastSyncAt: string | null;
};

/**
 * The cache's badge. A one-time or paused cache is never "Up to date": nothing keeps it so, and
 * it says what it is and how old its data is instead.
 */
export function CacheStateBadge({ status, mode, paused, lastSyncAt }: Props) {
  const now = useClock(15_000);
  const standing = paused ? "paused" : mode === "one-time" ? "one-time" : null;
  if (!standing || status !== "completed") return <CacheStatusBadge status={status} />;
  const age = now === null ? null : ageOf(lastSyncAt, now);
  const Icon = standing === "paused" ? PauseCircle : CalendarClock;
  return (
    <Badge tone={standing === "paused" ? "warning" : "neutral"} data-status={standing}>
      <Icon aria-hidden />
      {`${standing === "paused" ? "Paused" : "One-time copy"}${age === null ? "" : ` · ${formatAge(age)} old`}`}
    </Badge>
  );
}
