"use client";

import { useSearchParams } from "next/navigation";
import { useCallback, useMemo, useState } from "react";

import { type WizardUrlState, parseWizardState, serializeWizardState } from "@/lib/wizard/url-state";

const PLAN_FIELDS = ["tables", "mode", "schedules", "overrides", "target"] as const;

const normalize = (query: string) => new URLSearchParams(query).toString();

/**
 * URL search params are the single source of truth; in-step edits replace history, steps push it.
 * Next syncs useSearchParams after replaceState a little later, so an edit is held locally until the
 * URL catches up; any other URL change (back/forward) wins over it.
 */
export function useWizardState() {
  const params = useSearchParams();
  const current = params.toString();
  const [pending, setPending] = useState<{ from: string; query: string } | null>(null);
  const effective = pending && pending.from === current ? pending.query : current;
  const state = useMemo(() => parseWizardState(new URLSearchParams(effective)), [effective]);

  const update = useCallback(
    (patch: Partial<WizardUrlState>) => {
      const next = { ...state, ...patch };
      if (PLAN_FIELDS.some((field) => field in patch)) next.requestKey = "";
      const query = serializeWizardState(next);
      setPending({ from: current, query: normalize(query) });
      window.history.replaceState(null, "", `${window.location.pathname}${query ? `?${query}` : ""}`);
    },
    [state, current],
  );

  return { state, update, search: serializeWizardState(state) };
}
