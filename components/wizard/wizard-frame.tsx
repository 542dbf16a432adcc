"use client";

import type { ReactNode } from "react";

import { WIZARD_STEPS, type WizardStepId } from "@/lib/wizard/steps";

import { useWizardState } from "./use-wizard-state";
import { WizardStepper } from "./wizard-stepper";

export function WizardFrame({
  projectId,
  step,
  children,
}: {
  projectId: string;
  step: WizardStepId;
  children: ReactNode;
}) {
  const { state, search } = useWizardState();
  const reachable: WizardStepId = state.tables.length === 0 ? "tables" : !state.mode ? "mode" : "review";
  const meta = WIZARD_STEPS.find((item) => item.id === step);
  return (
    <div className="space-y-6">
      <div className="space-y-4">
        <p className="text-sm text-muted-foreground">New caches</p>
        <WizardStepper projectId={projectId} current={step} search={search} reachable={reachable} />
        <h1 className="text-2xl font-semibold tracking-tight">{meta?.title}</h1>
      </div>
      {children}
    </div>
  );
}
