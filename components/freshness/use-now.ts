"use client";

import { useSyncExternalStore } from "react";

/** Now, ticking every `everyMs`; null on the server, where the viewer's clock is unknown. */
export function useNow(everyMs = 15_000): number | null {
  return useSyncExternalStore(
    (onChange) => {
      const timer = setInterval(onChange, everyMs);
      return () => clearInterval(timer);
    },
    () => Math.floor(Date.now() / everyMs) * everyMs,
    () => null,
  );
}
