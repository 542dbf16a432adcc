"use client";

import { Pause, PlayCircle } from "lucide-react";
import { useAction } from "next-safe-action/hooks";

import { Button } from "@/components/ui/button";
import { pauseCacheAction } from "@/lib/actions/caches/pause-cache";
import { resumeCacheAction } from "@/lib/actions/caches/resume-cache";

import { useOperationCallbacks } from "./use-cache-operation";

type PauseButtonProps = { projectId: string; cacheId: string; paused: boolean; hasSchedules: boolean };

export function PauseButton({ projectId, cacheId, paused, hasSchedules }: PauseButtonProps) {
  const callbacks = useOperationCallbacks(projectId);
  const pause = useAction(pauseCacheAction, callbacks);
  const resume = useAction(resumeCacheAction, callbacks);
  if (paused) {
    return (
      <Button
        variant="secondary"
        onClick={() => resume.execute({ projectId, cacheId })}
        disabled={resume.isPending}
      >
        <PlayCircle aria-hidden /> {resume.isPending ? "Resuming…" : "Resume schedules"}
      </Button>
    );
  }
  return (
    <Button
      variant="secondary"
      onClick={() => pause.execute({ projectId, cacheId })}
      disabled={pause.isPending || !hasSchedules}
      title={
        hasSchedules
          ? "Turn both schedules off; resume puts them back"
          : "This cache has no schedules to pause"
      }
    >
      <Pause aria-hidden /> {pause.isPending ? "Pausing…" : "Pause schedules"}
    </Button>
  );
}
