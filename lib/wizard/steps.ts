export const WIZARD_STEPS = [
  { id: "tables", label: "Tables", title: "Choose tables" },
  { id: "mode", label: "Mode", title: "Choose how caches refresh" },
  { id: "schedules", label: "Schedules", title: "Set the schedules" },
  { id: "review", label: "Review", title: "Review and create" },
  { id: "result", label: "Result", title: "Result" },
] as const;

export type WizardStepId = (typeof WIZARD_STEPS)[number]["id"];

export function stepIndex(id: WizardStepId): number {
  return WIZARD_STEPS.findIndex((step) => step.id === id);
}

export function wizardPath(projectId: string, step: WizardStepId, search: string): string {
  const query = search ? `?${search}` : "";
  return `/projects/${encodeURIComponent(projectId)}/caches/new/${step}${query}`;
}
