"use client";

import { useSyncExternalStore } from "react";

/**
 * The current time, ticking every `everyMs`, or null while rendering on the server: times are shown
 * in the viewer's timezone, which the server cannot know.
 */
export function useClock(everyMs: number): number | null {
  return useSyncExternalStore(
    (onChange) => {
      const timer = setInterval(onChange, everyMs);
      return () => clearInterval(timer);
    },
    () => Math.floor(Date.now() / everyMs) * everyMs,
    () => null,
  );
}
