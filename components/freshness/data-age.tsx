"use client";

import { AlertTriangle, CheckCircle2, CircleDashed, XCircle } from "lucide-react";

import { Badge } from "@/components/ui/badge";
import { formatAge } from "@/lib/freshness/format-age";
import { judgeFreshness } from "@/lib/freshness/judge";
import type { CacheSummary, FreshnessState, FreshnessTarget } from "@/lib/types";

import { describeBesideRun } from "./beside-run";
import { FRESHNESS_LOOK } from "./freshness-look";
import { useClock } from "@/lib/use-clock";

const ICONS: Record<FreshnessState, typeof CheckCircle2> = {
  fresh: CheckCircle2,
  warn: AlertTriangle,
  error: XCircle,
  "no-data": CircleDashed,
};

const SOURCE: Record<FreshnessTarget["source"], string> = {
  cache: "set on this cache",
  project: "project default",
  derived: "from the schedules",
};

export function FreshnessBadge({ state }: { state: FreshnessState }) {
  const { tone, label } = FRESHNESS_LOOK[state];
  const Icon = ICONS[state];
  return (
    <Badge tone={tone} data-freshness={state}>
      <Icon aria-hidden />
      {label}
    </Badge>
  );
}

export function describeTarget(target: FreshnessTarget): string {
  // No-break spaces keep "40 s" together when a phone wraps the line.
  return `warn ${formatAge(target.warnMs)} · error ${formatAge(target.errorMs)}`.replace(
    /(\d) (?=[a-z])/g,
    "$1\u00a0",
  );
}

type Props = Pick<
  CacheSummary,
  "lastSyncAt" | "lastSyncKnown" | "historySince" | "freshnessTarget" | "currentRun"
> & { showTarget?: boolean };

/** The overview's data-age cell: state, age of the copy people query, its target, and a run beside it. */
export function DataAge(props: Props) {
  const now = useClock(15_000);
  const judged = now === null ? null : judgeFreshness(props, now);
  const beside = describeBesideRun(props.currentRun, props.lastSyncAt);
  const absolute = props.lastSyncAt ? new Date(props.lastSyncAt) : null;
  const age =
    judged?.ageMs != null ? (
      `${formatAge(judged.ageMs)} old`
    ) : !props.lastSyncKnown ? (
      "checking…"
    ) : props.historySince ? (
      <>
        no successful sync kept since{" "}
        <span className="whitespace-nowrap">{props.historySince.slice(0, 10)}</span>
      </>
    ) : (
      "never synced"
    );
  return (
    <span className="flex min-w-0 flex-col gap-0.5" data-data-age>
      <span className="flex flex-wrap items-center gap-x-2 gap-y-1">
        {judged?.state ? <FreshnessBadge state={judged.state} /> : null}
        {absolute && !Number.isNaN(absolute.getTime()) ? (
          <time
            dateTime={props.lastSyncAt ?? undefined}
            title={`Last successful sync ${absolute.toLocaleString(undefined, { dateStyle: "medium", timeStyle: "long" })}`}
            className="tabular-nums"
          >
            {age}
          </time>
        ) : (
          <span className="text-muted-foreground">{age}</span>
        )}
      </span>
      {props.freshnessTarget && props.showTarget !== false ? (
        <span
          className="text-xs text-muted-foreground"
          title={`Target ${SOURCE[props.freshnessTarget.source]}`}
        >
          Target: {describeTarget(props.freshnessTarget)}
        </span>
      ) : null}
      {beside ? (
        <span className="text-xs text-muted-foreground" data-beside-run={props.currentRun?.status}>
          {beside}
        </span>
      ) : null}
    </span>
  );
}
