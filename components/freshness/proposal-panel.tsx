"use client";

import { useAction } from "next-safe-action/hooks";

import { useOperationCallbacks } from "@/components/cache-detail/use-cache-operation";
import { useMinimumInterval } from "@/components/schedule/schedule-policy-context";
import { Button } from "@/components/ui/button";
import { updateSchedulesAction } from "@/lib/actions/caches/update-schedules";
import { canRunIncremental } from "@/lib/caches/cache-capabilities";
import { useAllRuns } from "@/lib/queries/run-history-all";
import type { FreshnessTarget } from "@/lib/types";
import type { CacheDetail } from "@/lib/types/cache-detail";

import { ScheduleProposalView, useScheduleProposal } from "./schedule-proposal";

type Props = {
  projectId: string;
  detail: CacheDetail;
  target: FreshnessTarget;
  version: string;
  canOperate: boolean;
};

const NO_RUNS: never[] = [];

/** On the detail page's Freshness card: the schedules that meet the target, from this cache's own run times. */
export function ProposalPanel({ projectId, detail, target, version, canOperate }: Props) {
  const cacheId = detail.status.id;
  const { data, isPending } = useAllRuns(projectId, cacheId, version);
  const minimumSeconds = useMinimumInterval();
  // A paused cache is weighed by the schedules a resume would bring back.
  const kept = detail.paused ?? detail.schedules;
  const model = useScheduleProposal({
    target,
    runs: data?.runs ?? NO_RUNS,
    minimumSeconds,
    incrementalAllowed: canRunIncremental(detail.supportedCacheTypes ?? null),
    fullRefresh: kept.fullRefresh,
    current: detail.paused ? null : detail.schedules,
  });
  const save = useAction(updateSchedulesAction, useOperationCallbacks(projectId));
  // A derived target follows the schedules, so a schedule "for" it would chase itself.
  if (target.source === "derived")
    return (
      <p className="text-sm text-muted-foreground">
        Set a target to have the console propose the schedule that meets it, from this cache&apos;s run times.
      </p>
    );
  if (isPending) return <p className="text-sm text-muted-foreground">Reading run times…</p>;
  return (
    <ScheduleProposalView model={model}>
      {canOperate ? (
        <Button
          size="sm"
          // A schedule that cannot meet the target is offered, not urged.
          variant={model.proposal.fits === "warn" ? "primary" : "secondary"}
          disabled={save.isPending}
          onClick={() => save.execute({ projectId, cacheId, schedules: model.proposal.schedules })}
        >
          {save.isPending
            ? "Saving…"
            : detail.paused
              ? "Use this schedule (ends the pause)"
              : "Use this schedule"}
        </Button>
      ) : null}
    </ScheduleProposalView>
  );
}
