"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useCallback, useMemo, useState } from "react";

import { readMapState, writeMapState, type MapState } from "@/lib/schedule-map";

/** The view and filters live in the URL (replaceState, no server round trip); local state bridges Next's sync. */
export function useMapState(): [MapState, (patch: Partial<MapState>) => void] {
  const pathname = usePathname();
  const current = useSearchParams().toString();
  const fromUrl = useMemo(() => readMapState(new URLSearchParams(current)), [current]);
  const [local, setLocal] = useState<{ state: MapState; known: string[] } | null>(null);
  // Until Next syncs the search params, the URL still shows the query this state replaced.
  const state = local && local.known.includes(current) ? local.state : fromUrl;
  const update = useCallback(
    (patch: Partial<MapState>) => {
      const next = { ...state, ...patch };
      const query = writeMapState(next).toString();
      setLocal({ state: next, known: [current, query] });
      window.history.replaceState(null, "", query ? `${pathname}?${query}` : pathname);
    },
    [current, pathname, state],
  );
  return [state, update];
}
