"use client";

import { ScheduleProposalView, useScheduleProposal } from "@/components/freshness/schedule-proposal";
import { TargetFields, type TargetDraft, targetErrors } from "@/components/freshness/target-fields";
import { Button } from "@/components/ui/button";
import { durationMs } from "@/lib/freshness/target";
import type { Schedules } from "@/lib/types";

const NEW_TARGET: TargetDraft = { warnAfter: "PT2H", errorAfter: "PT6H" };
const NO_RUNS: never[] = [];

type Props = {
  target: TargetDraft | null;
  onTargetChange: (target: TargetDraft | null) => void;
  /** Which schedules the chosen modes use. */
  needs: { incremental: boolean; fullRefresh: boolean };
  /** The schedules as typed, when they are valid; what the outlook weighs. */
  current: Schedules | null;
  /** The full refresh typed so far ("rebuild fully every …"). */
  fullRefresh: string | null;
  minimumSeconds: number;
  onUse: (schedules: Schedules) => void;
};

/** The wizard's "keep the data no older than …": a target for the new caches, and the schedules it asks for. */
export function TargetSection({
  target,
  onTargetChange,
  needs,
  current,
  fullRefresh,
  minimumSeconds,
  onUse,
}: Props) {
  const errors = target ? targetErrors(target) : null;
  const lines =
    target && !errors
      ? { warnMs: durationMs(target.warnAfter) ?? 0, errorMs: durationMs(target.errorAfter) ?? 0 }
      : null;
  const model = useScheduleProposal({
    target: lines ?? { warnMs: 1, errorMs: 1 },
    runs: NO_RUNS,
    minimumSeconds,
    incrementalAllowed: needs.incremental,
    fullRefresh: needs.fullRefresh ? fullRefresh : null,
    current,
  });
  return (
    <fieldset className="min-w-0 space-y-3 rounded-md border p-3">
      <legend className="px-1 text-sm font-semibold">Freshness target</legend>
      <label className="flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          className="size-4 accent-primary"
          checked={target !== null}
          onChange={(e) => onTargetChange(e.target.checked ? (target ?? NEW_TARGET) : null)}
        />
        Set a target for the new caches
      </label>
      {target ? (
        <>
          <TargetFields draft={target} onChange={onTargetChange} errors={errors} />
          {lines && (needs.incremental || needs.fullRefresh) ? (
            <ScheduleProposalView model={model} currentLabel="As typed">
              <p className="text-xs text-muted-foreground">
                A new cache has no run history, and Peaka&apos;s table statistics give no row count, so the
                run time is a guess; the detail page proposes again from measured runs.
              </p>
              <Button size="sm" variant="secondary" onClick={() => onUse(model.proposal.schedules)}>
                Use this schedule
              </Button>
            </ScheduleProposalView>
          ) : null}
        </>
      ) : (
        <p className="text-xs text-muted-foreground">
          Without one, the caches are judged by the project default, or else by their schedules (late after
          two missed runs, stale after four).
        </p>
      )}
    </fieldset>
  );
}
