"use client";

import { useSearchParams } from "next/navigation";
import { useCallback, useMemo } from "react";

import { type WizardUrlState, parseWizardState, serializeWizardState } from "@/lib/wizard/url-state";

const PLAN_FIELDS = ["tables", "mode", "schedules", "overrides"] as const;

/** URL search params are the single source of truth; in-step edits replace history, steps push it. */
export function useWizardState() {
  const params = useSearchParams();
  const state = useMemo(() => parseWizardState(new URLSearchParams(params.toString())), [params]);

  const update = useCallback(
    (patch: Partial<WizardUrlState>) => {
      const next = { ...state, ...patch };
      if (PLAN_FIELDS.some((field) => field in patch)) next.requestKey = "";
      const query = serializeWizardState(next);
      window.history.replaceState(null, "", `${window.location.pathname}${query ? `?${query}` : ""}`);
    },
    [state],
  );

  return { state, update, search: serializeWizardState(state) };
}
