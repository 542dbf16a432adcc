"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";

import { readOverviewState, writeOverviewState, type OverviewState } from "@/lib/caches/overview-state";

/** How long typing must pause before the search goes into the URL. */
export const SEARCH_PAUSE_MS = 300;

type Local = { state: OverviewState; known: readonly string[] };

/**
 * Filters live in the URL so a view can be shared or bookmarked, but the input is never driven by the URL
 * while someone types: Next syncs useSearchParams a little after replaceState, so an URL-controlled input
 * drops the keys pressed in between. Local state wins while the URL shows one of the queries it produced;
 * any other URL (a link, back/forward) wins over it. The search is written once per pause in typing and
 * with replaceState, which filters in the browser without a round trip to the server.
 */
export function useOverviewState(): [OverviewState, (patch: Partial<OverviewState>) => void] {
  const pathname = usePathname();
  const current = useSearchParams().toString();
  const fromUrl = useMemo(() => readOverviewState(new URLSearchParams(current)), [current]);
  const [local, setLocal] = useState<Local | null>(null);
  const active = local && local.known.includes(current) ? local : null;
  const state = active ? active.state : fromUrl;
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const update = useCallback(
    (patch: Partial<OverviewState>) => {
      const next = { ...state, ...patch };
      const query = writeOverviewState(next).toString();
      const known = active ? active.known : [current];
      setLocal({ state: next, known: known.includes(query) ? known : [...known.slice(-49), query] });
      const write = () =>
        window.history.replaceState(null, "", query ? `${pathname}?${query}` : pathname);
      clearTimeout(timer.current);
      const onlySearch = Object.keys(patch).every((key) => key === "q");
      if (onlySearch) timer.current = setTimeout(write, SEARCH_PAUSE_MS);
      else write();
    },
    [active, current, pathname, state],
  );
  return [state, update];
}
