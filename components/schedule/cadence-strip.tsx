"use client";

import { describeSchedules } from "@/lib/schedule";

import { type CadenceInput, cadenceWindow, countKinds } from "./cadence-model";
import { CadenceTimeline } from "./cadence-timeline";
import { useClock } from "@/lib/use-clock";

type CadenceStripProps = CadenceInput & {
  /** When the cache was created; runs are laid out from this anchor. Defaults to now. */
  createdAt?: Date | string;
};

/** A compact 24-hour picture of a cache's schedules, for detail pages. */
export function CadenceStrip({ incremental, fullRefresh, createdAt }: CadenceStripProps) {
  const now = useClock(60_000);
  const summary = describeSchedules({ incremental, fullRefresh });
  if (now === null) return <div className="h-12 animate-pulse rounded-md bg-muted" />;
  const anchor = createdAt ? new Date(createdAt).getTime() : now;
  const window = cadenceWindow({ incremental, fullRefresh }, now, "24h", anchor);
  const counts = countKinds(window.runs);
  return (
    <div
      role="img"
      aria-label={`Estimated runs in the next 24 hours: ${counts.full} full refreshes and ${counts.incremental} incremental syncs (${summary}).`}
    >
      <CadenceTimeline runs={window.runs} from={window.from} to={window.to} ticks={window.ticks} compact />
    </div>
  );
}
