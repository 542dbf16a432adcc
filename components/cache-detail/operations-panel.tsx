"use client";

import { CalendarClock, Trash2 } from "lucide-react";
import dynamic from "next/dynamic";

import { Button } from "@/components/ui/button";
import { canPause, canRunIncremental } from "@/lib/caches/cache-capabilities";
import { runsVersion } from "@/lib/queries/run-history-all";
import type { CacheDetail } from "@/lib/types/cache-detail";

import { PauseButton } from "./pause-button";
import { RunButtons } from "./run-buttons";

// The dialogs (the schedule editor brings its validator and cadence preview) load after the page; until then their
// buttons stand in place, disabled, so nothing moves and no click is lost.
const EditSchedulesDialog = dynamic(
  () => import("./edit-schedules-dialog").then((m) => m.EditSchedulesDialog),
  {
    ssr: false,
    loading: () => (
      <Button variant="secondary" disabled>
        <CalendarClock aria-hidden /> Edit schedules
      </Button>
    ),
  },
);
const DeleteCacheDialog = dynamic(() => import("./delete-cache-dialog").then((m) => m.DeleteCacheDialog), {
  ssr: false,
  loading: () => (
    <Button variant="ghost" className="text-danger hover:bg-danger-soft" disabled>
      <Trash2 aria-hidden /> Delete cache
    </Button>
  ),
});

type PanelProps = {
  projectId: string;
  cacheId: string;
  detail: CacheDetail;
  tableLabel: string;
  canOperate: boolean;
  canDelete: boolean;
};

export function OperationsPanel({
  projectId,
  cacheId,
  detail,
  tableLabel,
  canOperate,
  canDelete,
}: PanelProps) {
  if (!canOperate) {
    return (
      <p className="rounded-md border bg-muted px-3 py-2 text-sm text-muted-foreground">
        You can watch this cache. Running, cancelling, editing, pausing and deleting need the operator role;
        ask an admin if you need it.
      </p>
    );
  }
  const current = detail.schedules;
  return (
    <section aria-label="Operations" className="space-y-4 rounded-lg border bg-card p-4">
      <RunButtons
        projectId={projectId}
        cacheId={cacheId}
        running={detail.status.running}
        incrementalAllowed={canRunIncremental(detail.supportedCacheTypes ?? null)}
      />
      <div className="flex flex-wrap gap-2 border-t pt-4">
        <EditSchedulesDialog
          projectId={projectId}
          cacheId={cacheId}
          current={current}
          paused={detail.paused !== null}
          incrementalAllowed={canRunIncremental(detail.supportedCacheTypes ?? null)}
          target={detail.freshnessTarget}
          version={runsVersion(detail.status)}
        />
        {canPause(detail) ? (
          <PauseButton
            projectId={projectId}
            cacheId={cacheId}
            paused={detail.paused !== null}
            hasSchedules={current.incremental !== null || current.fullRefresh !== null}
          />
        ) : null}
        {canDelete ? (
          <div className="sm:ml-auto">
            <DeleteCacheDialog projectId={projectId} cacheId={cacheId} tableLabel={tableLabel} />
          </div>
        ) : null}
      </div>
    </section>
  );
}
