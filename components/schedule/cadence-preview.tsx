"use client";

import { useState } from "react";

import { describeSchedules, nextRuns, runsPerDay } from "@/lib/schedule";
import { cn } from "@/lib/utils";

import { CadenceLegend } from "./cadence-legend";
import {
  type CadenceInput,
  type CadenceRange,
  cadenceWindow,
  countKinds,
  withoutInitial,
} from "./cadence-model";
import { CadenceNextRuns } from "./cadence-next-runs";
import { CadenceTimeline } from "./cadence-timeline";
import { useClock } from "@/lib/use-clock";

export { CadenceStrip } from "./cadence-strip";

const RANGES: { id: CadenceRange; label: string }[] = [
  { id: "24h", label: "Next 24 hours" },
  { id: "7d", label: "Next 7 days" },
];

function formatPerDay(value: number): string {
  if (value === 0) return "0";
  if (value >= 1) return String(Math.round(value * 10) / 10);
  return `1 every ${Math.round(1 / value)} days`;
}

type CadencePreviewProps = CadenceInput & {
  /** What the estimate is anchored to: creating a cache, or saving new schedules on an existing one. */
  anchor?: "create" | "save";
  /** What keeps the schedules from making a plan (an empty, invalid or refused field); no plan is drawn then. */
  missing?: string[];
};

export function CadencePreview({
  incremental,
  fullRefresh,
  anchor = "create",
  missing = [],
}: CadencePreviewProps) {
  const [range, setRange] = useState<CadenceRange>("24h");
  const now = useClock(60_000);
  const input = { incremental, fullRefresh };
  const perDay = runsPerDay(input);
  const summary = describeSchedules(input);

  return (
    <section aria-labelledby="cadence-heading" className="space-y-4 rounded-lg border bg-card p-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h3 id="cadence-heading" className="font-semibold">
            Refresh cadence <span className="text-sm font-normal text-muted-foreground">(estimate)</span>
          </h3>
          <p className="text-sm text-muted-foreground">
            Estimated from the schedules, starting when you{" "}
            {anchor === "create" ? "create the cache" : "save the new schedules"}. Peaka does not report
            upcoming run times.
          </p>
        </div>
        {missing.length > 0 ? null : (
          <div role="group" aria-label="Timeline range" className="inline-flex rounded-md border p-0.5">
            {RANGES.map((item) => (
              <button
                key={item.id}
                type="button"
                aria-pressed={range === item.id}
                onClick={() => setRange(item.id)}
                className={cn(
                  "rounded px-2.5 py-1 text-sm",
                  range === item.id ? "bg-accent font-semibold text-accent-foreground" : "hover:bg-muted",
                )}
              >
                {item.label}
              </button>
            ))}
          </div>
        )}
      </div>
      {missing.length > 0 ? (
        <div role="status" className="rounded-md border border-dashed px-3 py-3 text-sm">
          <p className="font-medium">No estimate until the schedules are complete:</p>
          <ul className="mt-1 list-disc space-y-1 pl-5 text-muted-foreground">
            {missing.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        </div>
      ) : now === null ? (
        <div className="h-24 animate-pulse rounded-md bg-muted" />
      ) : (
        <CadenceBody input={input} now={now} range={range} summary={summary} initial={anchor === "create"} />
      )}
      {missing.length > 0 ? null : <PerDay full={perDay.full} incremental={perDay.incremental} />}
    </section>
  );
}

function PerDay({ full, incremental }: { full: number; incremental: number }) {
  return (
    <dl className="grid grid-cols-2 gap-3 text-sm sm:max-w-md">
      <div className="rounded-md bg-muted px-3 py-2">
        <dt className="text-muted-foreground">Full refreshes per day</dt>
        <dd className="text-lg font-semibold tabular-nums">{formatPerDay(full)}</dd>
      </div>
      <div className="rounded-md bg-muted px-3 py-2">
        <dt className="text-muted-foreground">Incremental syncs per day</dt>
        <dd className="text-lg font-semibold tabular-nums">{formatPerDay(incremental)}</dd>
      </div>
    </dl>
  );
}

function CadenceBody({
  input,
  now,
  range,
  summary,
  initial,
}: {
  input: CadenceInput;
  now: number;
  range: CadenceRange;
  summary: string;
  /** A new cache starts with an initial load; new schedules on an existing cache do not. */
  initial: boolean;
}) {
  const computed = cadenceWindow(input, now, range);
  const window = initial ? computed : withoutInitial(computed);
  const counts = countKinds(window.runs);
  const ahead = nextRuns({ createdAt: new Date(now), ...input }, new Date(now), 6);
  const upcoming = (initial ? ahead : withoutInitial({ runs: ahead }).runs).slice(0, 5);
  const start = initial
    ? ", starting with an initial sync when the cache is created"
    : ", from when you save";
  const label = `Timeline of the ${range === "24h" ? "next 24 hours" : "next 7 days"}: ${summary}. ${counts.full} full refreshes and ${counts.incremental} incremental syncs${window.truncated ? " or more" : ""}${start}.`;
  return (
    <div className="space-y-4">
      <figure className="space-y-2">
        <div role="img" aria-label={label} className="flex gap-2">
          <div
            aria-hidden="true"
            className="flex shrink-0 flex-col justify-start gap-[6px] pt-1 text-xs text-muted-foreground"
          >
            <span className="leading-[26px]">Full</span>
            <span className="leading-[26px]">Incr.</span>
          </div>
          <div className="min-w-0 flex-1">
            <CadenceTimeline runs={window.runs} from={window.from} to={window.to} ticks={window.ticks} />
          </div>
        </div>
        <figcaption>
          <CadenceLegend initial={initial} />
        </figcaption>
      </figure>
      <CadenceNextRuns runs={upcoming} />
    </div>
  );
}
