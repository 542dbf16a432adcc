"use client";

import { useState } from "react";

import { Button } from "@/components/ui/button";
import { useCacheHistory } from "@/lib/queries/cache-detail";

import { RunStatusBadge } from "./run-status-badge";
import { formatCount, formatDateTime, KIND_LABEL, runDuration } from "./format-run";

const PAGE = 10;

export function RunHistory({
  projectId,
  cacheId,
  running,
  now,
}: {
  projectId: string;
  cacheId: string;
  running: boolean;
  now: number;
}) {
  const [offset, setOffset] = useState(0);
  const { data, error, isPending, isPlaceholderData } = useCacheHistory(projectId, cacheId, offset, running);
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
        <div className="overflow-x-auto">
          <table className="w-full min-w-[40rem] text-sm" aria-busy={isPlaceholderData}>
            <caption className="sr-only">Past runs, page {page}</caption>
            <thead className="text-left text-xs text-muted-foreground">
              <tr className="border-b">
                <th scope="col" className="py-2 pr-3 font-medium">
                  Run
                </th>
                <th scope="col" className="py-2 pr-3 font-medium">
                  Status
                </th>
                <th scope="col" className="py-2 pr-3 font-medium">
                  Started
                </th>
                <th scope="col" className="py-2 pr-3 font-medium">
                  Duration
                </th>
                <th scope="col" className="py-2 pr-3 text-right font-medium">
                  Cached
                </th>
                <th scope="col" className="py-2 text-right font-medium">
                  Inserted / updated / deleted
                </th>
              </tr>
            </thead>
            <tbody>
              {data.runs.map((run) => (
                <tr key={run.id} className="border-b last:border-0">
                  <td className="py-2 pr-3">{KIND_LABEL[run.kind]}</td>
                  <td className="py-2 pr-3">
                    <RunStatusBadge status={run.status} />
                  </td>
                  <td className="py-2 pr-3 whitespace-nowrap">{formatDateTime(run.startedAt)}</td>
                  <td className="py-2 pr-3 whitespace-nowrap">{runDuration(run, now)}</td>
                  <td className="py-2 pr-3 text-right tabular-nums">{formatCount(run.rowsCached)}</td>
                  <td className="py-2 text-right tabular-nums">
                    {formatCount(run.rowsInserted)} / {formatCount(run.rowsUpdated)} /{" "}
                    {formatCount(run.rowsDeleted)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
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
