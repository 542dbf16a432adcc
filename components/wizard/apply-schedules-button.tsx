"use client";

import { useAction } from "next-safe-action/hooks";
import { useId } from "react";

import { Button } from "@/components/ui/button";
import { applySchedulesAction } from "@/lib/actions/caches/apply-schedules";
import { describeSchedules } from "@/lib/schedule";
import type { Schedules } from "@/lib/schemas/wizard";

import { serverErrorText } from "@/lib/forms/server-errors";

type ApplySchedulesButtonProps = { projectId: string; cacheId: string; schedules: Schedules; label: string };

export function ApplySchedulesButton({ projectId, cacheId, schedules, label }: ApplySchedulesButtonProps) {
  const action = useAction(applySchedulesAction);
  const noteId = useId();
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
      {/* The schedules go on their own line: inside the button they made it wider than a phone. */}
      <p id={noteId} className="text-sm text-muted-foreground">
        This request: {describeSchedules(schedules)}.
      </p>
      <Button
        variant="secondary"
        size="sm"
        disabled={action.isPending}
        aria-describedby={noteId}
        onClick={() => action.execute({ projectId, cacheId, schedules })}
      >
        {action.isPending ? "Applying…" : "Apply these schedules to it instead"}
      </Button>
      {error ? (
        <p role="alert" className="text-sm text-danger">
          {error}
        </p>
      ) : null}
    </div>
  );
}
