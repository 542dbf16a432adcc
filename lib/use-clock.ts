"use client";

import { useSyncExternalStore } from "react";

/** Fires `onChange` just after each multiple of `everyMs`, the moments the snapshot below moves on. */
function subscribeTicks(everyMs: number, onChange: () => void): () => void {
  let timer: ReturnType<typeof setTimeout>;
  const schedule = () => {
    // Aligned to the steps rather than every `everyMs` from mounting: a free-running interval could tick just
    // before a step and show a time up to two steps old (a 20 s warn line crossed 50 s after the sync).
    timer = setTimeout(
      () => {
        onChange();
        schedule();
      },
      everyMs - (Date.now() % everyMs) + 5,
    );
  };
  schedule();
  return () => clearTimeout(timer);
}

/**
 * The current time in steps of `everyMs` (never more than one step behind), or null while rendering on the
 * server: times are shown in the viewer's timezone, which the server cannot know.
 */
export function useClock(everyMs: number): number | null {
  return useSyncExternalStore(
    (onChange) => subscribeTicks(everyMs, onChange),
    () => Math.floor(Date.now() / everyMs) * everyMs,
    () => null,
  );
}
