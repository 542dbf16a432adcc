"use client";

import { useAction } from "next-safe-action/hooks";

import { Button } from "@/components/ui/button";
import { applySchedulesAction } from "@/lib/actions/caches/apply-schedules";
import { describeSchedules } from "@/lib/schedule";
import type { Schedules } from "@/lib/schemas/wizard";

import { serverErrorText } from "@/lib/forms/server-errors";

type ApplySchedulesButtonProps = { projectId: string; cacheId: string; schedules: Schedules; label: string };

export function ApplySchedulesButton({ projectId, cacheId, schedules, label }: ApplySchedulesButtonProps) {
  const action = useAction(applySchedulesAction);
  const error = serverErrorText(action.result);
  if (action.hasSucceeded) {
    return (
      <p role="status" className="text-sm font-medium text-success">
        Applied to {label}: {describeSchedules(schedules)}.
      </p>
    );
  }
  return (
    <div className="space-y-1">
      <Button
        variant="secondary"
        size="sm"
        disabled={action.isPending}
        onClick={() => action.execute({ projectId, cacheId, schedules })}
      >
        {action.isPending
          ? "Applying…"
          : `Apply these schedules to it instead (${describeSchedules(schedules)})`}
      </Button>
      {error ? (
        <p role="alert" className="text-sm text-danger">
          {error}
        </p>
      ) : null}
    </div>
  );
}
