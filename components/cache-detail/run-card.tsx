import type { CacheRun, RunKind } from "@/lib/types";

import { RunStatusBadge } from "@/components/caches/cache-status-badge";
import { formatCount, formatDateTime, KIND_LABEL, splitError } from "./format-run";
import { RunDuration } from "./run-duration";
import { RunProgress } from "./run-progress";

type RunCardProps = { kind: RunKind; run: CacheRun | null; expectedRows: number | null };

const COUNTERS = [
  ["rowsCached", "Records cached"],
  ["rowsInserted", "Inserted"],
  ["rowsUpdated", "Updated"],
  ["rowsDeleted", "Deleted"],
] as const;

export function RunCard({ kind, run, expectedRows }: RunCardProps) {
  const title = `Last ${KIND_LABEL[kind].toLowerCase()}`;
  const headingId = `run-${kind}-heading`;
  // A stopped full refresh never replaces the cached copy, so its count is not the cache's size.
  const stopped = kind === "full" && (run?.status === "failed" || run?.status === "cancelled");
  return (
    <section
      aria-labelledby={headingId}
      data-run-kind={kind}
      data-run-id={run?.id}
      className="space-y-4 rounded-lg border bg-card p-4"
    >
      <div className="flex items-center justify-between gap-3">
        <h2 id={headingId} className="font-semibold">
          {title}
        </h2>
        {run ? <RunStatusBadge status={run.status} /> : null}
      </div>
      {!run ? (
        <p className="text-sm text-muted-foreground">No {KIND_LABEL[kind].toLowerCase()} has run yet.</p>
      ) : (
        <>
          {run.status === "running" ? (
            <RunProgress
              done={run.rowsCached ?? 0}
              expected={kind === "full" ? expectedRows : null}
              label={`${KIND_LABEL[kind]} progress`}
            />
          ) : null}
          <dl className="grid grid-cols-2 gap-x-4 gap-y-2 text-sm sm:grid-cols-3">
            <div>
              <dt className="text-muted-foreground">Started</dt>
              <dd>{formatDateTime(run.startedAt)}</dd>
            </div>
            <div>
              <dt className="text-muted-foreground">Finished</dt>
              <dd>{run.status === "running" ? "Still running" : formatDateTime(run.finishedAt)}</dd>
            </div>
            <div>
              <dt className="text-muted-foreground">Duration</dt>
              <dd>
                <RunDuration run={run} />
              </dd>
            </div>
          </dl>
          <dl
            aria-live={run.status === "running" ? "polite" : undefined}
            className="grid grid-cols-2 gap-2 sm:grid-cols-4"
          >
            {COUNTERS.map(([field, label]) => (
              <div key={field} className="rounded-md bg-muted px-3 py-2">
                <dt className="text-xs text-muted-foreground">
                  {field === "rowsCached" && stopped ? "Copied before it stopped" : label}
                </dt>
                <dd className="text-lg font-semibold tabular-nums" data-counter={field}>
                  {formatCount(run[field])}
                </dd>
              </div>
            ))}
          </dl>
          {stopped ? (
            <p className="text-sm text-muted-foreground">
              The data cached before this run is still in place.
            </p>
          ) : null}
          {run.error ? <RunError error={run.error} runId={run.id} /> : null}
        </>
      )}
    </section>
  );
}

function RunError({ error, runId }: { error: string; runId: string }) {
  const { summary, rest } = splitError(error);
  return (
    <div role="alert" className="rounded-md border border-danger/40 bg-danger-soft px-3 py-2 text-sm">
      <p className="font-medium text-danger">{summary}</p>
      <details className="mt-1">
        <summary className="cursor-pointer text-muted-foreground">Details</summary>
        <div className="mt-2 space-y-1 text-foreground">
          {rest ? <p className="whitespace-pre-wrap">{rest}</p> : null}
          <p className="font-mono text-xs break-all text-muted-foreground">Run {runId}</p>
        </div>
      </details>
    </div>
  );
}
