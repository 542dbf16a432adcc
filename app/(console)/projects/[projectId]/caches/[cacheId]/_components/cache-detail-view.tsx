"use client";

import { ArrowLeft } from "lucide-react";
import Link from "next/link";

import { CacheStatusBadge } from "@/components/caches/cache-status-badge";
import { Badge } from "@/components/ui/badge";
import { Skeleton } from "@/components/ui/skeleton";
import { useCacheDetail } from "@/lib/queries/cache-detail";
import type { CacheDetail } from "@/lib/types/cache-detail";

import { ActionLog } from "./action-log";
import { CacheGone } from "./cache-gone";
import { OperationsPanel } from "./operations-panel";
import { RunCard } from "./run-card";
import { RunHistory } from "./run-history";
import { SchedulesCard } from "./schedules-card";
import { useClock } from "./use-clock";

type ViewProps = {
  projectId: string;
  cacheId: string;
  initial: CacheDetail;
  canOperate: boolean;
  canDelete: boolean;
};

export function CacheDetailView({ projectId, cacheId, initial, canOperate, canDelete }: ViewProps) {
  const { data, error, isRefetchError } = useCacheDetail(projectId, cacheId, initial);
  const now = useClock(1_000);
  const overview = `/projects/${encodeURIComponent(projectId)}/caches`;
  if (isRefetchError && /does not exist/.test(error.message)) return <CacheGone overview={overview} />;
  const { status } = data;
  const label = `${data.catalogName}.${status.schemaName}.${status.tableName}`;
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
          <h1 className="min-w-0 text-2xl font-semibold tracking-tight break-all">
            <span className="text-muted-foreground">
              {data.catalogName}.{status.schemaName}.
            </span>
            {status.tableName}
          </h1>
          <CacheStatusBadge status={status.status} />
          {data.paused ? <Badge tone="warning">Paused</Badge> : null}
        </div>
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
          <SchedulesCard detail={data} />
          <div className="grid gap-5 lg:grid-cols-2">
            <RunCard kind="full" run={status.lastFull} expectedRows={previousSize(data)} now={now} />
            <RunCard kind="incremental" run={status.lastIncremental} expectedRows={null} now={now} />
          </div>
          <RunHistory projectId={projectId} cacheId={cacheId} running={running} now={now} />
          <ActionLog actions={status.actionLog} />
        </>
      )}
    </div>
  );
}

/** The table's size as last seen by the other run kind: the best guess at a full refresh's total. */
function previousSize(detail: CacheDetail): number | null {
  const other = detail.status.lastIncremental;
  return other && other.status === "completed" ? other.rowsCached : null;
}
