"use client";

import { CircleStop, Play, RefreshCw } from "lucide-react";
import { useAction } from "next-safe-action/hooks";

import { Button } from "@/components/ui/button";
import { cancelRunAction } from "@/lib/actions/caches/cancel-run";
import { runFullRefreshAction } from "@/lib/actions/caches/run-full-refresh";
import { runIncrementalAction } from "@/lib/actions/caches/run-incremental";
import type { RunKind } from "@/lib/types";

import { KIND_LABEL } from "./format-run";
import { useOperationCallbacks } from "./use-cache-operation";

type RunButtonsProps = {
  projectId: string;
  cacheId: string;
  running: RunKind[];
  /** False on a table that supports full refreshes only. */
  incrementalAllowed?: boolean;
};

export function RunButtons({ projectId, cacheId, running, incrementalAllowed = true }: RunButtonsProps) {
  const callbacks = useOperationCallbacks(projectId);
  const incremental = useAction(runIncrementalAction, callbacks);
  const full = useAction(runFullRefreshAction, callbacks);
  const cancel = useAction(cancelRunAction, callbacks);
  const ref = { projectId, cacheId };
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap gap-2">
        {incrementalAllowed ? (
          <Button onClick={() => incremental.execute(ref)} disabled={incremental.isPending}>
            <Play aria-hidden /> {incremental.isPending ? "Starting…" : "Run incremental now"}
          </Button>
        ) : null}
        <Button
          variant={incrementalAllowed ? "secondary" : "primary"}
          onClick={() => full.execute(ref)}
          disabled={full.isPending}
        >
          <RefreshCw aria-hidden /> {full.isPending ? "Starting…" : "Run full refresh now"}
        </Button>
        {running.map((kind) => (
          <Button
            key={kind}
            variant="danger"
            onClick={() => cancel.execute({ ...ref, kind })}
            disabled={cancel.isPending}
          >
            <CircleStop aria-hidden />
            {cancel.isPending ? "Cancelling…" : `Cancel ${KIND_LABEL[kind].toLowerCase()}`}
          </Button>
        ))}
      </div>
      <p className="text-sm text-muted-foreground">
        {!incrementalAllowed
          ? "This table supports full refreshes only: each run rebuilds the whole copy. After each click this page says what Peaka did. Cancelling keeps the data cached before the run."
          : running.length > 0
            ? "A sync is running. Peaka may queue a run started now until this one finishes; after each click this page says what Peaka did. Cancelling keeps the data cached before this run."
            : "An incremental fetches only new and changed rows. A full refresh rebuilds the whole copy. After each click this page says what Peaka did: started, or not started yet."}
      </p>
    </div>
  );
}
