"use client";

import { CalendarClock } from "lucide-react";
import { useAction } from "next-safe-action/hooks";
import { useRef, useState } from "react";

import { ScheduleProposalView, useScheduleProposal } from "@/components/freshness/schedule-proposal";
import { TargetFields, type TargetDraft, targetErrors } from "@/components/freshness/target-fields";
import { cadenceMissing } from "@/components/schedule/cadence-missing";
import { CadencePreview } from "@/components/schedule/cadence-preview";
import { ScheduleField } from "@/components/schedule/schedule-field";
import { useMinimumInterval } from "@/components/schedule/schedule-policy-context";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { updateSchedulesAction } from "@/lib/actions/caches/update-schedules";
import { durationMs } from "@/lib/freshness/target";
import { useAllRuns } from "@/lib/queries/run-history-all";
import { schedulePolicyErrors } from "@/lib/schedule";
import { schedulesSchema } from "@/lib/schemas/schedules";
import type { FreshnessTarget, Schedules } from "@/lib/types";

import { useOperationCallbacks } from "./use-cache-operation";

type Field = "incremental" | "fullRefresh";
type Draft = Record<Field, { on: boolean; value: string }>;
type EditProps = {
  projectId: string;
  cacheId: string;
  current: { incremental: string | null; fullRefresh: string | null };
  paused: boolean;
  /** False on a table that supports full refreshes only: no incremental schedule to offer. */
  incrementalAllowed?: boolean;
  /** What the copy is judged by now; the dialog can change it with the schedules. */
  target?: FreshnessTarget;
  /** The run history's query key (changes when a run starts or ends), for the run times. */
  version: string;
};

const NO_RUNS: never[] = [];
const DEFAULT_TARGET: TargetDraft = { warnAfter: "PT2H", errorAfter: "PT6H" };
const draftOf = (target?: FreshnessTarget): TargetDraft =>
  target ? { warnAfter: target.warnAfter, errorAfter: target.errorAfter } : DEFAULT_TARGET;

const FIELDS: { field: Field; label: string; toggle: string; description: string; fallback: string }[] = [
  {
    field: "fullRefresh",
    label: "Full refresh every",
    toggle: "Scheduled full refresh",
    description: "Rebuilds the whole copy from the source.",
    fallback: "P1D",
  },
  {
    field: "incremental",
    label: "Incremental sync every",
    toggle: "Scheduled incremental sync",
    description: "Fetches only new and changed rows.",
    fallback: "PT6H",
  },
];

function toDraft(current: EditProps["current"]): Draft {
  return {
    incremental: { on: current.incremental !== null, value: current.incremental ?? "" },
    fullRefresh: { on: current.fullRefresh !== null, value: current.fullRefresh ?? "" },
  };
}

export function EditSchedulesDialog({
  projectId,
  cacheId,
  current,
  paused,
  incrementalAllowed = true,
  target,
  version,
}: EditProps) {
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState<Draft>(() => toDraft(current));
  const [targetDraft, setTargetDraft] = useState<TargetDraft>(() => draftOf(target));
  const [showErrors, setShowErrors] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const callbacks = useOperationCallbacks(projectId, () => setOpen(false));
  const save = useAction(updateSchedulesAction, {
    ...callbacks,
    // Peaka's refusal of a schedule is shown on that field (below), not in a toast.
    onError: (args) => {
      if (!args.error.validationErrors) return callbacks.onError(args);
      // The Save button may be far below the field on a phone: take the person to it.
      requestAnimationFrame(() =>
        formRef.current?.querySelector<HTMLElement>("[aria-invalid='true']")?.focus(),
      );
    },
  });
  const schedules = {
    incremental: draft.incremental.on ? draft.incremental.value : null,
    fullRefresh: draft.fullRefresh.on ? draft.fullRefresh.value : null,
  };
  const parsed = schedulesSchema.safeParse(schedules);
  const minimumSeconds = useMinimumInterval();
  // The rules the update action applies; shown as the person types, since they say how to fix the value.
  const policy = parsed.success ? schedulePolicyErrors(parsed.data, minimumSeconds) : null;
  const issueFor = (field: Field) =>
    parsed.success ? undefined : parsed.error.issues.find((i) => i.path[0] === field)?.message;
  const errorFor = (field: Field) =>
    (showErrors ? issueFor(field) : undefined) ??
    policy?.[field] ??
    save.result.validationErrors?.schedules?.[field]?._errors?.[0];
  const targetProblems = targetErrors(targetDraft);
  const targetChanged =
    targetDraft.warnAfter !== draftOf(target).warnAfter ||
    targetDraft.errorAfter !== draftOf(target).errorAfter;
  const lines = targetProblems
    ? null
    : { warnMs: durationMs(targetDraft.warnAfter) ?? 0, errorMs: durationMs(targetDraft.errorAfter) ?? 0 };
  const { data: history } = useAllRuns(projectId, cacheId, version);
  const model = useScheduleProposal({
    target: lines ?? { warnMs: 1, errorMs: 1 },
    runs: history?.runs ?? NO_RUNS,
    minimumSeconds,
    incrementalAllowed,
    fullRefresh: schedules.fullRefresh,
    current: parsed.success ? parsed.data : null,
  });
  const missing = cadenceMissing({
    fullRefresh: errorFor("fullRefresh") ?? issueFor("fullRefresh"),
    incremental: errorFor("incremental") ?? issueFor("incremental"),
  });

  function edit(next: Draft) {
    if (save.result.validationErrors) save.reset();
    setDraft(next);
  }

  function takeProposal(proposed: Schedules) {
    edit({
      incremental: {
        on: proposed.incremental !== null,
        value: proposed.incremental ?? draft.incremental.value,
      },
      fullRefresh: {
        on: proposed.fullRefresh !== null,
        value: proposed.fullRefresh ?? draft.fullRefresh.value,
      },
    });
  }

  function openDialog() {
    save.reset();
    setDraft(toDraft(current));
    setTargetDraft(draftOf(target));
    setShowErrors(false);
    setOpen(true);
  }

  function submit() {
    setShowErrors(true);
    if (policy || targetProblems)
      formRef.current?.querySelector<HTMLElement>("[aria-invalid='true']")?.focus();
    else if (parsed.success)
      save.execute({
        projectId,
        cacheId,
        schedules: parsed.data,
        target: targetChanged ? targetDraft : undefined,
      });
  }

  return (
    <>
      <Button variant="secondary" onClick={openDialog}>
        <CalendarClock aria-hidden /> Edit schedules
      </Button>
      <Dialog
        open={open}
        onOpenChange={(next) => !save.isPending && setOpen(next)}
        title="Edit schedules"
        description="Switch a schedule off to stop that kind of run; both schedules are sent to Peaka together."
        className="max-w-3xl"
      >
        <form
          ref={formRef}
          noValidate
          className="space-y-5"
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
        >
          {paused ? (
            <p className="rounded-md border border-warning/40 bg-warning-soft px-3 py-2 text-sm">
              This cache is paused. Saving new schedules ends the pause and forgets the remembered ones.
            </p>
          ) : null}
          <div className="grid gap-4 md:grid-cols-2">
            {FIELDS.filter(
              (f) => f.field !== "incremental" || incrementalAllowed || draft.incremental.on,
            ).map(({ field, label, toggle, description, fallback }) => (
              <fieldset key={field} className="min-w-0 space-y-3 rounded-md border p-3">
                <legend className="px-1 text-sm font-semibold">{toggle}</legend>
                <label className="flex items-center gap-2 text-sm">
                  <input
                    type="checkbox"
                    className="size-4 accent-primary"
                    checked={draft[field].on}
                    onChange={(e) =>
                      edit({
                        ...draft,
                        [field]: { on: e.target.checked, value: draft[field].value || fallback },
                      })
                    }
                  />
                  {draft[field].on ? "On" : "Off — this kind of run only starts by hand"}
                </label>
                {draft[field].on ? (
                  <ScheduleField
                    label={label}
                    description={description}
                    name={field}
                    value={draft[field].value}
                    onValueChange={(value) => edit({ ...draft, [field]: { on: true, value } })}
                    error={errorFor(field)}
                  />
                ) : null}
              </fieldset>
            ))}
          </div>
          <fieldset className="min-w-0 space-y-3 rounded-md border p-3">
            <legend className="px-1 text-sm font-semibold">Freshness target</legend>
            <p className="text-xs text-muted-foreground">
              Keep the data no older than the warn line; the console proposes the schedules for it.
              {targetChanged
                ? " Saved with the schedules."
                : target?.source === "derived"
                  ? " Now it is derived from the schedules: type one to get a proposal."
                  : ""}
            </p>
            <TargetFields
              draft={targetDraft}
              onChange={setTargetDraft}
              errors={targetChanged || showErrors ? targetProblems : null}
            />
            {lines && (targetChanged || (target && target.source !== "derived")) ? (
              <ScheduleProposalView model={model} currentLabel="As typed">
                <Button size="sm" variant="secondary" onClick={() => takeProposal(model.proposal.schedules)}>
                  Use this schedule
                </Button>
              </ScheduleProposalView>
            ) : null}
          </fieldset>
          <CadencePreview
            anchor="save"
            incremental={parsed.success ? parsed.data.incremental : null}
            fullRefresh={parsed.success ? parsed.data.fullRefresh : null}
            missing={missing}
          />
          <div className="flex flex-wrap justify-end gap-2">
            <Button variant="secondary" onClick={() => setOpen(false)} disabled={save.isPending}>
              Cancel
            </Button>
            <Button type="submit" disabled={save.isPending}>
              {save.isPending ? "Saving…" : "Save schedules"}
            </Button>
          </div>
        </form>
      </Dialog>
    </>
  );
}
