"use client";

import Link from "next/link";

import { Button } from "@/components/ui/button";
import { clockUtc, dayUtc, type MapCache } from "@/lib/schedule-map";
import type { RunKind } from "@/lib/types";

export type ListedRun = { cache: number; kind: RunKind; start: number };

const KIND: Record<RunKind, string> = { full: "Full refresh", incremental: "Incremental" };
const SOURCE = {
  "run-history": "phase from its run history",
  "console-record": "phase from when the console set it",
};

/** The caches behind a cell or a pile-up, each with its start, schedule and (for operators) a way to move it. */
export function RunList({
  runs,
  caches,
  projectId,
  withDay,
  projected,
  onMove,
}: {
  runs: readonly ListedRun[];
  caches: readonly MapCache[];
  projectId: string;
  withDay: boolean;
  projected: boolean;
  onMove?: (run: ListedRun) => void;
}) {
  if (runs.length === 0) return <p className="text-sm text-muted-foreground">No run starts here.</p>;
  return (
    <ul className="divide-y rounded-md border">
      {runs.map((run, i) => {
        const cache = caches[run.cache]!;
        const schedule = run.kind === "full" ? cache.schedules.fullRefresh : cache.schedules.incremental;
        const anchor = cache.anchors[run.kind];
        return (
          <li
            key={`${cache.id}-${run.kind}-${i}`}
            className="flex flex-wrap items-center gap-x-3 gap-y-1 px-3 py-2 text-sm"
          >
            <span className="tabular-nums">
              {withDay ? `${dayUtc(run.start)} ` : ""}
              {clockUtc(run.start)}
            </span>
            <Link
              href={`/projects/${encodeURIComponent(projectId)}/caches/${encodeURIComponent(cache.id)}`}
              className="min-w-0 font-mono text-xs break-all text-primary underline-offset-4 hover:underline"
            >
              {cache.label}
            </Link>
            <span className="text-muted-foreground">
              {KIND[run.kind]}
              {projected && schedule ? ` every ${schedule}` : ""}
              {projected && anchor ? `, ${SOURCE[anchor.source]}` : ""}
            </span>
            {onMove && projected ? (
              <Button size="sm" variant="secondary" className="ml-auto" onClick={() => onMove(run)}>
                Move…<span className="sr-only"> {cache.label}</span>
              </Button>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
