"use client";

import type { CacheStatusInfo } from "@/lib/types";

import { describeBesideRun } from "./beside-run";
import { LastSync } from "./last-sync";

const count = new Intl.NumberFormat("en");

/** The copy people query: when it was last refreshed and its size, whatever a newer run is doing. */
export function CopySummary({ status }: { status: CacheStatusInfo }) {
  const beside = describeBesideRun(status.currentRun, status.lastSyncAt);
  return (
    <dl className="grid grid-cols-2 gap-x-6 gap-y-1 text-sm sm:flex sm:flex-wrap" data-copy-summary>
      <div>
        <dt className="text-muted-foreground">Last successful sync</dt>
        <dd data-copy="last-sync">
          <LastSync {...status} currentRun={null} />
        </dd>
      </div>
      <div>
        <dt className="text-muted-foreground">Rows people query</dt>
        <dd className="tabular-nums" data-copy="rows">
          {status.rowsCached === null ? "—" : count.format(status.rowsCached)}
        </dd>
      </div>
      {beside ? (
        <div className="col-span-2">
          <dt className="text-muted-foreground">Now</dt>
          <dd data-copy="beside">{beside}</dd>
        </div>
      ) : null}
    </dl>
  );
}
