"use client";

import { useState } from "react";

import { Button } from "@/components/ui/button";
import { type DataColumn, DataCell, DataRow, DataTable } from "@/components/ui/data-table";
import { useCacheHistory } from "@/lib/queries/cache-detail";

import { RunStatusBadge } from "@/components/caches/cache-status-badge";
import { formatCount, formatDateTime, KIND_LABEL } from "./format-run";
import { RunDuration } from "./run-duration";

const PAGE = 10;

const COLUMNS = {
  run: { label: "Run" },
  status: { label: "Status" },
  started: { label: "Started" },
  duration: { label: "Duration" },
  cached: { label: "Cached", align: "right" },
  changes: { label: "Inserted / updated / deleted", align: "right" },
} satisfies Record<string, DataColumn>;

export function RunHistory({
  projectId,
  cacheId,
  running,
  version,
}: {
  projectId: string;
  cacheId: string;
  running: boolean;
  /** Changes when a run starts or ends (from the status cards): the history follows within that poll. */
  version: string;
}) {
  const [offset, setOffset] = useState(0);
  const { data, error, isPending, isPlaceholderData } = useCacheHistory(
    projectId,
    cacheId,
    offset,
    running,
    version,
  );
  const page = offset / PAGE + 1;
  return (
    <section aria-labelledby="history-heading" className="space-y-3 rounded-lg border bg-card p-4">
      <div>
        <h2 id="history-heading" className="font-semibold">
          Run history
        </h2>
        <p className="text-sm text-muted-foreground">
          Newest first. Peaka keeps about 14 days of run history.
        </p>
      </div>
      {isPending ? <p className="text-sm text-muted-foreground">Loading runs…</p> : null}
      {error && !data ? <p className="text-sm text-danger">{error.message}</p> : null}
      {data && data.runs.length === 0 ? (
        <p className="text-sm text-muted-foreground">
          {offset === 0 ? "No runs in the last 14 days." : "No more runs."}
        </p>
      ) : null}
      {data && data.runs.length > 0 ? (
        <DataTable
          frame="bare"
          caption={`Past runs, page ${page}`}
          columns={Object.values(COLUMNS)}
          busy={isPlaceholderData}
        >
          {data.runs.map((run) => (
            <DataRow key={run.id}>
              <DataCell column={COLUMNS.run}>{KIND_LABEL[run.kind]}</DataCell>
              <DataCell column={COLUMNS.status}>
                <RunStatusBadge status={run.status} />
              </DataCell>
              <DataCell column={COLUMNS.started} className="sm:whitespace-nowrap">
                {formatDateTime(run.startedAt)}
              </DataCell>
              <DataCell column={COLUMNS.duration} className="sm:whitespace-nowrap">
                <RunDuration run={run} />
              </DataCell>
              <DataCell column={COLUMNS.cached}>{formatCount(run.rowsCached)}</DataCell>
              <DataCell column={COLUMNS.changes}>
                {formatCount(run.rowsInserted)} / {formatCount(run.rowsUpdated)} /{" "}
                {formatCount(run.rowsDeleted)}
              </DataCell>
            </DataRow>
          ))}
        </DataTable>
      ) : null}
      <div className="flex items-center justify-between gap-3">
        <Button
          variant="secondary"
          size="sm"
          disabled={offset === 0}
          onClick={() => setOffset(Math.max(0, offset - PAGE))}
        >
          Newer
        </Button>
        <span className="text-sm text-muted-foreground">Page {page}</span>
        <Button
          variant="secondary"
          size="sm"
          disabled={!data?.hasMore}
          onClick={() => setOffset(offset + PAGE)}
        >
          Older
        </Button>
      </div>
    </section>
  );
}
