"use client";

import dynamic from "next/dynamic";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { cadenceMissing } from "@/components/schedule/cadence-missing";
import { CadencePreview } from "@/components/schedule/cadence-preview";
import { ScheduleField } from "@/components/schedule/schedule-field";
import { useMinimumInterval } from "@/components/schedule/schedule-policy-context";
import { Button, buttonVariants } from "@/components/ui/button";
import { loadWizardSchemas, useLoaded } from "@/lib/forms/lazy-schemas";
import { planPolicyErrors } from "@/lib/wizard/plan-policy";
import { wizardPath } from "@/lib/wizard/steps";

import { useRejectedSchedule } from "./rejected-schedule-store";
import { modesInUse, neededSchedules } from "@/lib/wizard/wizard-items";
import { useWizardState } from "./use-wizard-state";

// The target's schema and the proposal load after the page, like the other schemas (lib/forms/lazy-schemas.ts).
const TargetSection = dynamic(() => import("./target-section").then((m) => m.TargetSection), { ssr: false });

type FieldErrors = { incremental?: string; fullRefresh?: string };

const SCHEMAS_UNAVAILABLE =
  "The page did not finish loading. Check your connection, then reload and try again.";

export function SchedulesStep({ projectId }: { projectId: string }) {
  const router = useRouter();
  const { state, update, search } = useWizardState();
  const [errors, setErrors] = useState<FieldErrors>({});
  const rejected = useRejectedSchedule();
  const needs = neededSchedules(state);
  const incremental = needs.incremental ? state.schedules.incremental : "";
  const fullRefresh = needs.fullRefresh ? state.schedules.fullRefresh : "";
  const schedules = { incremental: incremental || null, fullRefresh: fullRefresh || null };
  const settings = {
    mode: needs.fullRefresh
      ? needs.incremental
        ? "full-and-incremental"
        : "full-only"
      : needs.incremental
        ? "incremental"
        : "one-time",
    schedules,
  };
  const schemas = useLoaded(loadWizardSchemas);
  const minimumSeconds = useMinimumInterval();
  // Until the schemas arrive (right after hydration) the preview reads the values as typed; it shows invalid ones as such.
  const validation = schemas?.settingsSchema.safeParse(settings) ?? null;
  // The same rules the create action applies, on the schedules each chosen mode sends.
  const policy = validation?.success ? planPolicyErrors(modesInUse(state), schedules, minimumSeconds) : null;
  const fieldIssue = (field: "incremental" | "fullRefresh") =>
    validation?.success === false
      ? validation.error.issues.find((issue) => issue.path[1] === field)?.message
      : undefined;
  // Peaka's refusal stands until the person changes the value it refused.
  const errorFor = (field: "incremental" | "fullRefresh") =>
    errors[field] ??
    (rejected?.field === field && rejected.value === state.schedules[field] ? rejected.message : undefined) ??
    policy?.[field];
  const missing = cadenceMissing({
    fullRefresh: needs.fullRefresh ? (errorFor("fullRefresh") ?? fieldIssue("fullRefresh")) : undefined,
    incremental: needs.incremental ? (errorFor("incremental") ?? fieldIssue("incremental")) : undefined,
  });

  async function next() {
    const loaded = schemas ?? (await loadWizardSchemas().catch(() => null));
    if (!loaded) {
      setErrors({ incremental: SCHEMAS_UNAVAILABLE, fullRefresh: SCHEMAS_UNAVAILABLE });
      return;
    }
    const checked = loaded.settingsSchema.safeParse(settings);
    const badTarget = state.target !== null && !loaded.freshnessTargetSchema.safeParse(state.target).success;
    if (checked.success && (policy || badTarget)) {
      document.querySelector<HTMLInputElement>("[aria-invalid='true']")?.focus();
      return;
    }
    if (checked.success) {
      router.push(wizardPath(projectId, "review", search));
      return;
    }
    const found: FieldErrors = {};
    for (const issue of checked.error.issues) {
      const field = issue.path[1];
      if ((field === "incremental" || field === "fullRefresh") && !found[field]) found[field] = issue.message;
    }
    setErrors(found);
    const first = document.querySelector<HTMLInputElement>("[aria-invalid='true']");
    first?.focus();
  }

  function change(field: "incremental" | "fullRefresh", value: string) {
    setErrors((current) => ({ ...current, [field]: undefined }));
    update({ schedules: { ...state.schedules, [field]: value } });
  }

  if (state.tables.length === 0 || !state.mode) {
    return (
      <p className="text-sm">
        Choose tables and a mode first.{" "}
        <Link href={wizardPath(projectId, "tables", search)} className="text-primary underline">
          Back to tables
        </Link>
      </p>
    );
  }

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void next();
      }}
      className="grid gap-6 lg:grid-cols-[minmax(0,22rem)_minmax(0,1fr)] lg:grid-rows-[auto_1fr]"
    >
      <div className="space-y-6">
        {needs.fullRefresh ? (
          <ScheduleField
            label="Full refresh every"
            description="Rebuilds the whole copy from the source."
            name="fullRefresh"
            value={state.schedules.fullRefresh}
            onValueChange={(value) => change("fullRefresh", value)}
            error={errorFor("fullRefresh")}
          />
        ) : null}
        {needs.incremental ? (
          <ScheduleField
            label="Incremental sync every"
            description="Fetches only new and changed rows."
            name="incremental"
            value={state.schedules.incremental}
            onValueChange={(value) => change("incremental", value)}
            error={errorFor("incremental")}
          />
        ) : null}
        {!needs.incremental && !needs.fullRefresh ? (
          <p className="text-sm text-muted-foreground">One-time caches need no schedule.</p>
        ) : null}
        <TargetSection
          target={state.target}
          onTargetChange={(target) => update({ target })}
          needs={needs}
          current={validation?.success && !policy ? schedules : null}
          fullRefresh={schedules.fullRefresh}
          minimumSeconds={minimumSeconds}
          onUse={(proposed) => {
            setErrors({});
            update({
              schedules: {
                incremental: proposed.incremental ?? state.schedules.incremental,
                fullRefresh: proposed.fullRefresh ?? state.schedules.fullRefresh,
              },
            });
          }}
        />
      </div>
      {/* Before the buttons in reading order, so a phone shows the plan before Next; beside them on wide screens. */}
      <div className="min-w-0 lg:col-start-2 lg:row-span-2 lg:row-start-1">
        <CadencePreview
          incremental={schedules.incremental}
          fullRefresh={schedules.fullRefresh}
          missing={missing}
        />
      </div>
      <div className="flex flex-wrap gap-3 lg:col-start-1 lg:row-start-2 lg:self-start">
        <Link
          href={wizardPath(projectId, "mode", search)}
          className={buttonVariants({ variant: "secondary" })}
        >
          Back
        </Link>
        <Button type="submit">Next: review</Button>
      </div>
    </form>
  );
}
