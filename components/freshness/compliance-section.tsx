"use client";

import { DataCell, DataRow, DataTable, type DataColumn } from "@/components/ui/data-table";
import { computeCompliance, describeCompliance } from "@/lib/freshness/compliance";
import { formatAge } from "@/lib/freshness/format-age";
import { useAllRuns } from "@/lib/queries/run-history-all";
import type { FreshnessTarget } from "@/lib/types";

const when = new Intl.DateTimeFormat("en", {
  month: "short",
  day: "numeric",
  hour: "numeric",
  minute: "2-digit",
  timeZoneName: "short",
});
const formatTime = (ms: number) => when.format(ms);

const COLUMNS = {
  ended: { label: "Until" },
  age: { label: "Data age reached" },
} satisfies Record<string, DataColumn>;

type Props = { projectId: string; cacheId: string; target: FreshnessTarget; version: string; now: number };

/** How fresh the copy has been over the kept history: the figure in words, and the sawtooth as a table. */
export function ComplianceSection({ projectId, cacheId, target, version, now }: Props) {
  const { data, error, isPending } = useAllRuns(projectId, cacheId, version);
  const compliance = data ? computeCompliance(data.runs, target, now) : null;
  const peaks = compliance
    ? compliance.points
        .filter((p) => p.ageMs > 0)
        .slice(-20)
        .reverse()
    : [];
  return (
    <section aria-labelledby="compliance-heading" className="space-y-3 rounded-lg border bg-card p-4">
      <h2 id="compliance-heading" className="font-semibold">
        Freshness over the kept history
      </h2>
      {isPending ? <p className="text-sm text-muted-foreground">Reading the run history…</p> : null}
      {error ? <p className="text-sm text-danger">{error.message}</p> : null}
      {data && !compliance ? (
        <p className="text-sm text-muted-foreground">No successful run in the kept history yet.</p>
      ) : null}
      {compliance ? (
        <>
          <p className="text-sm" data-compliance>
            {describeCompliance(compliance, formatTime)}
          </p>
          <p className="text-xs text-muted-foreground">
            From {formatTime(compliance.windowStart)}: {compliance.successes} successful{" "}
            {compliance.successes === 1 ? "run" : "runs"}, {compliance.failures.length} failed or cancelled
            {data?.complete ? "" : " (older runs not read)"}. Stale (past the error line) for{" "}
            {formatAge(compliance.errorMs)}.
          </p>
          <details>
            <summary className="cursor-pointer text-sm text-muted-foreground">
              Show the data age as a table (newest {peaks.length})
            </summary>
            <DataTable frame="bare" caption="Data age before each refresh" columns={Object.values(COLUMNS)}>
              {peaks.map((p) => (
                <DataRow key={p.at}>
                  <DataCell column={COLUMNS.ended}>{formatTime(p.at)}</DataCell>
                  <DataCell column={COLUMNS.age}>{formatAge(p.ageMs)}</DataCell>
                </DataRow>
              ))}
            </DataTable>
          </details>
        </>
      ) : null}
    </section>
  );
}
