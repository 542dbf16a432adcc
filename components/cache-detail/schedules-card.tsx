import { CadenceStrip } from "@/components/schedule/cadence-strip";
import { describeSchedules } from "@/lib/schedule";
import type { CacheDetail } from "@/lib/types/cache-detail";

import { formatDateTime } from "./format-run";

export function SchedulesCard({ detail }: { detail: CacheDetail }) {
  const current = detail.schedules;
  const paused = detail.paused;
  return (
    <section aria-labelledby="schedules-heading" className="space-y-3 rounded-lg border bg-card p-4">
      <h2 id="schedules-heading" className="font-semibold">
        Schedules
      </h2>
      {paused ? (
        <div role="status" className="rounded-md border border-warning/40 bg-warning-soft px-3 py-2 text-sm">
          <p className="font-medium">
            Paused since {formatDateTime(paused.pausedAt)} by {paused.pausedBy}.
          </p>
          <p>
            Resume restores: <span data-testid="paused-schedules">{describeSchedules(paused)}</span>.
          </p>
        </div>
      ) : null}
      <p className="text-sm">
        <span className="font-medium" data-testid="schedule-words">
          {current.incremental || current.fullRefresh ? describeSchedules(current) : "No schedules"}
        </span>
        {current.incremental || current.fullRefresh ? (
          <span className="text-muted-foreground">
            {" "}
            (
            {[
              current.fullRefresh && `full ${current.fullRefresh}`,
              current.incremental && `incremental ${current.incremental}`,
            ]
              .filter(Boolean)
              .join(", ")}
            )
          </span>
        ) : (
          <span className="text-muted-foreground"> — runs only when started by hand.</span>
        )}
      </p>
      {current.incremental || current.fullRefresh ? (
        <div className="space-y-1">
          <p className="text-xs text-muted-foreground">
            Next 24 hours (estimate; Peaka does not report upcoming run times)
          </p>
          <CadenceStrip incremental={current.incremental} fullRefresh={current.fullRefresh} />
        </div>
      ) : null}
    </section>
  );
}
