"use client";

import { ArrowLeft } from "lucide-react";
import dynamic from "next/dynamic";
import Link from "next/link";
import { useState } from "react";

import { CacheStateBadge } from "@/components/freshness/cache-state-badge";
import { CopySummary } from "@/components/freshness/copy-summary";
import { FreshnessCard } from "@/components/freshness/freshness-card";
import { Badge } from "@/components/ui/badge";
import { Skeleton } from "@/components/ui/skeleton";
import { useCacheDetail } from "@/lib/queries/cache-detail";
import { isNotFound } from "@/lib/queries/fetch-json";
import { runsVersion } from "@/lib/queries/run-history-all";
import { useIsDeleting } from "@/lib/queries/pending-deletes";
import { cacheModeOf } from "@/lib/schedule/mode";
import type { CacheDetail } from "@/lib/types/cache-detail";
import { tableLabel } from "@/lib/wizard/table-modes";

import { ActionLog } from "./action-log";
import { CacheGone } from "./cache-gone";
import { OperationsPanel } from "./operations-panel";
import { RunCard } from "./run-card";
import { RunHistory } from "./run-history";
import { useClock } from "@/lib/use-clock";

// Reads the whole kept history and draws charts: loads after the page (first-load budget).
const ComplianceSection = dynamic(
  () => import("@/components/freshness/compliance-section").then((m) => m.ComplianceSection),
  { ssr: false, loading: () => <Skeleton className="h-40" /> },
);
// Brings the duration parser and the cadence strip; like the rest below the header it renders only in the browser.
const SchedulesCard = dynamic(() => import("./schedules-card").then((m) => m.SchedulesCard), {
  ssr: false,
  loading: () => <Skeleton className="h-40" />,
});

type ViewProps = {
  projectId: string;
  cacheId: string;
  initial: CacheDetail;
  canOperate: boolean;
  canDelete: boolean;
};

export function CacheDetailView({ projectId, cacheId, initial, canOperate, canDelete }: ViewProps) {
  const deleting = useIsDeleting(cacheId);
  const { data, error, isRefetchError } = useCacheDetail(projectId, cacheId, initial, deleting);
  // The compliance figures move in 30 s steps; a running run's duration keeps its own second clock.
  const now = useClock(30_000);
  const size = completedSize(data);
  const [knownSize, setKnownSize] = useState(size);
  if (size !== null && size !== knownSize) setKnownSize(size);
  const overview = `/projects/${encodeURIComponent(projectId)}/caches`;
  if (isRefetchError && !deleting && isNotFound(error)) return <CacheGone overview={overview} />;
  const { status } = data;
  const label = tableLabel(status, data.catalogName);
  const running = status.status === "running";
  return (
    <div className="flex flex-col gap-5">
      <Link
        href={overview}
        className="inline-flex w-fit items-center gap-1 text-sm text-muted-foreground hover:text-foreground"
      >
        <ArrowLeft className="size-4" aria-hidden /> All caches
      </Link>
      <header className="flex flex-col gap-3">
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="min-w-0 text-2xl font-semibold tracking-tight [overflow-wrap:anywhere]">
            <span className="text-muted-foreground">
              {data.catalogName}.{status.schemaName}.
            </span>
            {status.tableName}
          </h1>
          <CacheStateBadge
            status={status.status}
            mode={cacheModeOf(data.schedules)}
            paused={data.paused !== null}
            lastSyncAt={status.lastSyncAt}
          />
          {data.paused && status.status !== "completed" ? <Badge tone="warning">Paused</Badge> : null}
        </div>
        <CopySummary status={status} />
        <p className="font-mono text-xs break-all text-muted-foreground">Cache {status.id}</p>
      </header>
      {isRefetchError ? (
        <p
          role="status"
          className="rounded-md border border-warning/40 bg-warning-soft px-3 py-2 text-sm text-warning"
        >
          Showing the last state the console could read. {error.message}
        </p>
      ) : null}
      <OperationsPanel
        projectId={projectId}
        cacheId={cacheId}
        detail={data}
        tableLabel={label}
        canOperate={canOperate}
        canDelete={canDelete}
      />
      {now === null ? (
        <Skeleton className="h-64" />
      ) : (
        <>
          <FreshnessCard
            projectId={projectId}
            detail={data}
            canOperate={canOperate}
            version={runsVersion(status)}
          />
          {data.freshnessTarget ? (
            <ComplianceSection
              projectId={projectId}
              cacheId={cacheId}
              target={data.freshnessTarget}
              version={runsVersion(status)}
              now={now}
            />
          ) : null}
          <SchedulesCard detail={data} />
          <div className="grid gap-5 lg:grid-cols-2">
            <RunCard kind="full" run={status.lastFull} expectedRows={knownSize} />
            <RunCard kind="incremental" run={status.lastIncremental} expectedRows={null} />
          </div>
          <RunHistory
            projectId={projectId}
            cacheId={cacheId}
            running={running}
            version={runsVersion(status)}
          />
          <ActionLog actions={status.actionLog} />
        </>
      )}
    </div>
  );
}

/** The cached copy's size after the last finished run: the best guess at a running full refresh's total. */
function completedSize({ status }: CacheDetail): number | null {
  return status.lastSyncKnown ? status.rowsCached : null;
}
