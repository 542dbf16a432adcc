"use client";

import { RelativeTime } from "@/components/caches/relative-time";
import type { CacheRun } from "@/lib/types";

import { describeBesideRun } from "./beside-run";

type Props = {
  lastSyncAt: string | null;
  lastSyncKnown: boolean;
  historySince: string | null;
  currentRun: CacheRun | null;
};

function fallbackOf({ lastSyncKnown, historySince }: Props): string {
  if (!lastSyncKnown) return "checking…";
  if (!historySince) return "never";
  const since = new Date(historySince);
  return Number.isNaN(since.getTime())
    ? "none in the kept history"
    : `none kept since ${since.toISOString().slice(0, 10)}`;
}

/** When the copy people query was last refreshed, with a running or stopped run beside it. */
export function LastSync(props: Props) {
  const beside = describeBesideRun(props.currentRun, props.lastSyncAt);
  return (
    <span className="inline-flex min-w-0 flex-col">
      <RelativeTime iso={props.lastSyncAt} fallback={fallbackOf(props)} />
      {beside ? (
        <span className="truncate text-xs text-muted-foreground" data-beside-run={props.currentRun?.status}>
          {beside}
        </span>
      ) : null}
    </span>
  );
}
