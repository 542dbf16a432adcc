"use client";

import dynamic from "next/dynamic";
import { useMemo } from "react";

import { Skeleton } from "@/components/ui/skeleton";
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

// uPlot and its CSS load after the page, so first-load JS stays small (docs/architecture.md).
const RunCharts = dynamic(() => import("./run-charts").then((m) => m.RunCharts), {
  ssr: false,
  loading: () => <Skeleton className="h-56" />,
});

type Props = { projectId: string; cacheId: string; target: FreshnessTarget; version: string; now: number };

/** How fresh the copy has been over the kept history: the figure in words and the charts. */
export function ComplianceSection({ projectId, cacheId, target, version, now }: Props) {
  const { data, error, isPending } = useAllRuns(projectId, cacheId, version);
  // Redrawn every 30 s rather than on each tick of the page's clock.
  const at = Math.floor(now / 30_000) * 30_000;
  const { warnMs, errorMs } = target;
  const compliance = useMemo(
    () => (data ? computeCompliance(data.runs, { warnMs, errorMs }, at) : null),
    [data, warnMs, errorMs, at],
  );
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
          <RunCharts
            compliance={compliance}
            runs={data?.runs ?? []}
            warnMs={target.warnMs}
            errorMs={target.errorMs}
            summary={describeCompliance(compliance, formatTime)}
          />
        </>
      ) : null}
    </section>
  );
}
