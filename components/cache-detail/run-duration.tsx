"use client";

import type { CacheRun } from "@/lib/types";
import { useClock } from "@/lib/use-clock";

import { runDuration } from "./format-run";

/**
 * A run's duration. Only a running run's moves, so only it ticks every second: one clock for the whole detail
 * page re-rendered every card, chart and history row each second.
 */
export function RunDuration({ run }: { run: CacheRun }) {
  return run.status === "running" && run.startedAt ? <LiveDuration run={run} /> : <>{runDuration(run, 0)}</>;
}

function LiveDuration({ run }: { run: CacheRun }) {
  const now = useClock(1_000);
  return <>{now === null ? "—" : runDuration(run, now)}</>;
}
