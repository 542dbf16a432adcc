"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useAction } from "next-safe-action/hooks";
import { useId, useState } from "react";

import { Button } from "@/components/ui/button";
import { Input, Label, NativeSelect } from "@/components/ui/input";
import { scheduleMoveAction } from "@/lib/actions/schedule-map/schedule-move";
import { serverErrorText } from "@/lib/forms/server-errors";
import { scheduleMapQueryKey } from "@/lib/queries/schedule-map";
import { clockUtc, planMove, type MapCache, type PlannedMove } from "@/lib/schedule-map";
import { toast } from "@/lib/toast";
import type { RunKind } from "@/lib/types";

const DAY = 86_400_000;

/** The next moment after `now` whose UTC clock reads `hhmm`. */
function nextClock(hhmm: string, now: number): number {
  const match = /^(\d{2}):(\d{2})$/.exec(hhmm);
  if (!match) return Number.NaN;
  const day = Math.floor(now / DAY) * DAY;
  const at = day + (Number(match[1]) * 60 + Number(match[2])) * 60_000;
  return at > now ? at : at + DAY;
}

export const PREVIEW_ID = "preview";

type MoveFormProps = {
  projectId: string;
  cache: MapCache;
  kind: RunKind;
  suggestedAt: number;
  now: number;
  previewing: boolean;
  onPreview: (move: PlannedMove | null) => void;
  onClose: () => void;
};

/** Choose when a cache's run should start, see the map with it moved, then have the console re-apply at that time. */
export function MoveForm({
  projectId,
  cache,
  kind: initialKind,
  suggestedAt,
  now,
  previewing,
  onPreview,
  onClose,
}: MoveFormProps) {
  const id = useId();
  const queryClient = useQueryClient();
  const kinds = (["full", "incremental"] as const).filter((k) =>
    k === "full" ? cache.schedules.fullRefresh : cache.schedules.incremental,
  );
  const [kind, setKind] = useState<RunKind>(initialKind);
  const [time, setTime] = useState(clockUtc(suggestedAt));
  const wanted = nextClock(time, now);
  const plan = planMove(cache.schedules, kind, wanted, now);
  const save = useAction(scheduleMoveAction, {
    onSuccess: ({ data }) => {
      toast.success(data?.message ?? "Move scheduled.");
      onPreview(null);
      void queryClient.invalidateQueries({ queryKey: scheduleMapQueryKey(projectId) });
      onClose();
    },
    onError: ({ error }) =>
      toast.error(serverErrorText(error) ?? "The move could not be scheduled. Try again."),
  });
  const preview = () =>
    onPreview(plan.ok ? { id: PREVIEW_ID, cacheId: cache.id, applyAt: plan.applyAt } : null);

  return (
    <form
      aria-labelledby={`${id}-title`}
      className="flex flex-col gap-3 rounded-lg border bg-card p-4"
      onSubmit={(event) => {
        event.preventDefault();
        if (plan.ok)
          save.execute({ projectId, cacheId: cache.id, kind, startAt: new Date(wanted).toISOString() });
      }}
    >
      <h3 id={`${id}-title`} className="font-semibold">
        Move a run of <span className="font-mono text-sm break-all">{cache.label}</span>
      </h3>
      <div className="grid gap-3 sm:grid-cols-2">
        <div className="flex flex-col gap-1">
          <Label htmlFor={`${id}-kind`}>Run</Label>
          <NativeSelect
            id={`${id}-kind`}
            value={kind}
            onChange={(e) => {
              setKind(e.target.value as RunKind);
              onPreview(null);
            }}
          >
            {kinds.map((k) => (
              <option key={k} value={k}>
                {k === "full" ? "Full refresh" : "Incremental sync"}
              </option>
            ))}
          </NativeSelect>
        </div>
        <div className="flex flex-col gap-1">
          <Label htmlFor={`${id}-time`}>Start at (UTC)</Label>
          <Input
            id={`${id}-time`}
            type="time"
            required
            value={time}
            aria-invalid={!plan.ok}
            aria-describedby={`${id}-plan`}
            onChange={(e) => {
              setTime(e.target.value);
              onPreview(null);
            }}
          />
        </div>
      </div>
      <p id={`${id}-plan`} className="text-sm text-muted-foreground" aria-live="polite">
        {plan.ok ? plan.text : plan.message}
      </p>
      <div className="flex flex-wrap gap-2">
        <Button
          type="button"
          variant="secondary"
          disabled={!plan.ok}
          aria-pressed={previewing}
          onClick={previewing ? () => onPreview(null) : preview}
        >
          {previewing ? "Hide the preview" : "Preview on the map"}
        </Button>
        <Button type="submit" disabled={!plan.ok || save.isPending}>
          {save.isPending ? "Scheduling…" : "Schedule the move"}
        </Button>
        <Button
          type="button"
          variant="ghost"
          onClick={() => {
            onPreview(null);
            onClose();
          }}
        >
          Close
        </Button>
      </div>
    </form>
  );
}
