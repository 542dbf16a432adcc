import Link from "next/link";

import { cn } from "@/lib/utils";
import { WIZARD_STEPS, type WizardStepId, stepIndex, wizardPath } from "@/lib/wizard/steps";

type WizardStepperProps = {
  projectId: string;
  current: WizardStepId;
  search: string;
  /** Furthest step the operator may jump to with the current selection. */
  reachable: WizardStepId;
};

export function WizardStepper({ projectId, current, search, reachable }: WizardStepperProps) {
  const currentIndex = stepIndex(current);
  const reachableIndex = stepIndex(reachable);
  return (
    <nav aria-label="Wizard steps">
      <ol className="flex flex-wrap items-center gap-x-2 gap-y-2 text-sm">
        {WIZARD_STEPS.map((step, index) => {
          const done = index < currentIndex;
          const active = index === currentIndex;
          const linkable = !active && index <= reachableIndex && step.id !== "result";
          const badge = (
            <span
              className={cn(
                "grid size-6 place-items-center rounded-full border text-xs font-semibold tabular-nums",
                active && "border-primary bg-primary text-primary-foreground",
                done && "border-primary text-primary",
              )}
            >
              {index + 1}
            </span>
          );
          return (
            <li key={step.id} className="flex items-center gap-2">
              {linkable ? (
                <Link
                  href={wizardPath(projectId, step.id, search)}
                  className="flex items-center gap-2 rounded-md px-1 hover:underline"
                >
                  {badge}
                  <span>{step.label}</span>
                </Link>
              ) : (
                <span
                  aria-current={active ? "step" : undefined}
                  className={cn(
                    "flex items-center gap-2 px-1",
                    active ? "font-semibold" : "text-muted-foreground",
                  )}
                >
                  {badge}
                  <span>{step.label}</span>
                </span>
              )}
              {index < WIZARD_STEPS.length - 1 ? (
                <span aria-hidden="true" className="h-px w-4 bg-border sm:w-8" />
              ) : null}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
