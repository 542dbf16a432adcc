"use client";

import Link from "next/link";
import { useMemo } from "react";

import { buttonVariants } from "@/components/ui/button";
import { useCatalogNames } from "@/lib/queries/use-catalog-browser";
import { type CacheMode, tableKey, tableLabel } from "@/lib/wizard/table-modes";
import { cn } from "@/lib/utils";
import { wizardPath } from "@/lib/wizard/steps";
import { modeFor } from "@/lib/wizard/url-state";

import { MODE_OPTIONS } from "@/lib/wizard/mode-options";
import { MixedSelection } from "./mixed-selection";
import { supportsMode } from "@/lib/wizard/table-capability";
import { useSelectedTables } from "./use-selected-tables";
import { useWizardState } from "./use-wizard-state";

export function ModeStep({ projectId }: { projectId: string }) {
  const { state, update, search } = useWizardState();
  const { byKey, pending } = useSelectedTables(projectId, state.tables);
  const names = useCatalogNames(projectId);

  const blockedBy = useMemo(() => {
    const result = Object.fromEntries(MODE_OPTIONS.map((option) => [option.mode, 0])) as Record<
      CacheMode,
      number
    >;
    for (const option of MODE_OPTIONS) {
      result[option.mode] = state.tables.filter((ref) => {
        const table = byKey.get(tableKey(ref));
        return table ? !supportsMode(table, option.mode) : false;
      }).length;
    }
    return result;
  }, [state.tables, byKey]);

  const conflicts = state.tables.filter((ref) => {
    const table = byKey.get(tableKey(ref));
    const mode = modeFor(state, ref);
    return table && mode ? !supportsMode(table, mode) : false;
  });
  const allBlocked = (mode: CacheMode) => state.tables.length > 0 && blockedBy[mode] === state.tables.length;
  const canContinue = state.mode !== null && conflicts.length === 0 && state.tables.length > 0;

  return (
    <div className="max-w-3xl space-y-6">
      <fieldset className="space-y-3">
        <legend className="mb-2 text-sm font-semibold">
          How should{" "}
          {state.tables.length === 1 && state.tables[0]
            ? tableLabel(state.tables[0], names.get(state.tables[0].catalogId))
            : "the caches"}{" "}
          refresh?
        </legend>
        {MODE_OPTIONS.map((option) => {
          const disabled = allBlocked(option.mode);
          const id = `mode-${option.mode}`;
          return (
            <label
              key={option.mode}
              htmlFor={id}
              className={cn(
                "flex cursor-pointer gap-3 rounded-lg border bg-card p-4 has-[:checked]:border-primary has-[:checked]:bg-accent has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-ring",
                disabled && "cursor-not-allowed opacity-60",
              )}
            >
              <input
                id={id}
                type="radio"
                name="mode"
                value={option.mode}
                checked={state.mode === option.mode}
                disabled={disabled}
                onChange={() => update({ mode: option.mode, overrides: {} })}
                className="mt-1 size-4 accent-[var(--primary)]"
                aria-describedby={`${id}-desc`}
              />
              <span className="space-y-1">
                <span className="block font-semibold">{option.title}</span>
                <span id={`${id}-desc`} className="block text-sm text-muted-foreground">
                  {option.sentence}
                  {disabled
                    ? " Not available: the selected tables do not support it."
                    : blockedBy[option.mode] > 0
                      ? ` ${blockedBy[option.mode]} of the selected tables cannot use it.`
                      : ""}
                </span>
              </span>
            </label>
          );
        })}
      </fieldset>
      {pending ? <p className="text-sm text-muted-foreground">Checking what each table supports…</p> : null}
      {state.mode && conflicts.length > 0 ? (
        <MixedSelection
          mode={state.mode}
          conflicts={conflicts}
          byKey={byKey}
          names={names}
          onDrop={() => {
            const drop = new Set(conflicts.map(tableKey));
            update({ tables: state.tables.filter((ref) => !drop.has(tableKey(ref))) });
          }}
          onOverride={(ref, mode) => update({ overrides: { ...state.overrides, [tableKey(ref)]: mode } })}
        />
      ) : null}
      <div className="flex flex-wrap gap-3">
        <Link
          href={wizardPath(projectId, "tables", search)}
          className={buttonVariants({ variant: "secondary" })}
        >
          Back
        </Link>
        {canContinue ? (
          <Link
            href={wizardPath(
              projectId,
              state.mode === "one-time" && Object.keys(state.overrides).length === 0 ? "review" : "schedules",
              search,
            )}
            className={buttonVariants()}
          >
            Next:{" "}
            {state.mode === "one-time" && Object.keys(state.overrides).length === 0 ? "review" : "schedules"}
          </Link>
        ) : (
          <p className="self-center text-sm text-muted-foreground">
            {state.tables.length === 0
              ? "Go back and select tables first."
              : state.mode
                ? "Resolve the tables above to continue."
                : "Choose a mode to continue."}
          </p>
        )}
      </div>
    </div>
  );
}
