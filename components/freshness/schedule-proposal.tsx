"use client";

import { type ReactNode, useMemo } from "react";

import {
  describeOutlook,
  type Outlook,
  proposeSchedules,
  scheduleOutlook,
  type ScheduleProposal,
  type TargetFit,
} from "@/lib/freshness/propose-schedule";
import { runDurations } from "@/lib/freshness/run-durations";
import { describeSchedules } from "@/lib/schedule/describe";
import type { CacheRun, Schedules, TargetLines } from "@/lib/types";

import { PredictedAgeChart, type PredictedSeries } from "./predicted-age-chart";

type Args = {
  target: TargetLines;
  runs: readonly CacheRun[];
  minimumSeconds: number;
  incrementalAllowed: boolean;
  /** The full refresh the person wants kept ("rebuild fully every …"). */
  fullRefresh: string | null;
  /** The schedules to weigh against the target; null when there is nothing to compare yet. */
  current: Schedules | null;
};

export type ProposalModel = {
  proposal: ScheduleProposal;
  /** How the current schedules stand (`outlook` null: a one-time copy); null when there is nothing to compare. */
  outlook: { text: string; fits: TargetFit | null; outlook: Outlook | null } | null;
  same: boolean;
  lines: TargetLines;
};

const sameSchedules = (a: Schedules, b: Schedules) =>
  a.incremental === b.incremental && a.fullRefresh === b.fullRefresh;

/** The proposed schedules for a target, and how the current ones stand against it. */
export function useScheduleProposal(args: Args): ProposalModel {
  const { target, runs, minimumSeconds, incrementalAllowed, fullRefresh, current } = args;
  const { warnMs, errorMs } = target;
  const durations = useMemo(() => runDurations(runs), [runs]);
  return useMemo(() => {
    const lines = { warnMs, errorMs };
    const proposal = proposeSchedules({
      target: lines,
      durations,
      minimumSeconds,
      incrementalAllowed,
      fullRefresh,
    });
    const outlook = current ? scheduleOutlook(current, durations, lines) : null;
    return {
      proposal,
      outlook: current
        ? { text: describeOutlook(outlook, lines), fits: outlook?.fits ?? null, outlook }
        : null,
      same: current !== null && sameSchedules(current, proposal.schedules),
      lines,
    };
  }, [warnMs, errorMs, durations, minimumSeconds, incrementalAllowed, fullRefresh, current]);
}

const isoList = ({ incremental, fullRefresh }: Schedules) =>
  [incremental && `incremental ${incremental}`, fullRefresh && `full ${fullRefresh}`]
    .filter(Boolean)
    .join(", ");

/** The proposal in words: what, why, and (as children) the one click that takes it. */
export function ScheduleProposalView({
  model,
  currentLabel = "Now",
  children,
}: {
  model: ProposalModel;
  currentLabel?: string;
  children?: ReactNode;
}) {
  const { proposal, outlook, same, lines } = model;
  const series: PredictedSeries[] = [
    ...(outlook && !same ? [{ label: currentLabel, outlook: outlook.outlook }] : []),
    {
      label: same ? `${currentLabel} (as proposed)` : "Proposed",
      outlook: proposal,
      dashed: !same && outlook !== null,
    },
  ];
  return (
    <div className="min-w-0 space-y-2 rounded-md border p-3" data-testid="schedule-proposal">
      <h3 className="text-sm font-semibold">Schedule for this target</h3>
      {outlook ? (
        <p
          className={outlook.fits === "warn" ? "text-sm" : "text-sm text-warning"}
          data-testid="schedule-outlook"
          data-fits={outlook.fits ?? "none"}
        >
          {currentLabel}: {outlook.text}
        </p>
      ) : null}
      <p className="text-sm [overflow-wrap:anywhere]">
        <span className="font-medium">Proposed: </span>
        <span data-testid="proposed-schedules">{describeSchedules(proposal.schedules)}</span>{" "}
        <span className="font-mono text-xs text-muted-foreground">({isoList(proposal.schedules)})</span>
      </p>
      <PredictedAgeChart target={lines} series={series} />
      <ul className="list-disc space-y-1 pl-5 text-sm text-muted-foreground">
        {proposal.reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
      {same ? (
        <p className="text-sm text-muted-foreground">The current schedules are already these.</p>
      ) : (
        children
      )}
    </div>
  );
}
