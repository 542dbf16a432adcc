"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback, useMemo } from "react";

import { readOverviewState, writeOverviewState, type OverviewState } from "@/lib/caches/overview-state";

/** Filters live in the URL so a view can be shared or bookmarked. */
export function useOverviewState(): [OverviewState, (patch: Partial<OverviewState>) => void] {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const state = useMemo(
    () => readOverviewState(new URLSearchParams(searchParams.toString())),
    [searchParams],
  );
  const update = useCallback(
    (patch: Partial<OverviewState>) => {
      const query = writeOverviewState({ ...state, ...patch }).toString();
      router.replace(query ? `${pathname}?${query}` : pathname, { scroll: false });
    },
    [pathname, router, state],
  );
  return [state, update];
}
