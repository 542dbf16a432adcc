"use client";

import { useId } from "react";

import { Input, Label } from "@/components/ui/input";
import { formatAge } from "@/lib/freshness/format-age";
import { durationMs } from "@/lib/freshness/target";
import { freshnessTargetSchema, type FreshnessTargetInput } from "@/lib/schemas/freshness";

const FIELDS = [
  { name: "warnAfter", label: "Warn after", hint: "Late once the data is this old, e.g. PT2H." },
  { name: "errorAfter", label: "Error after", hint: "Stale once the data is this old, e.g. PT6H." },
] as const;

export type TargetDraft = FreshnessTargetInput;

/** The first problem of each field, by the schema the actions apply. */
export function targetErrors(draft: TargetDraft): Partial<Record<keyof TargetDraft, string>> | null {
  const parsed = freshnessTargetSchema.safeParse(draft);
  if (parsed.success) return null;
  const errors: Partial<Record<keyof TargetDraft, string>> = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0];
    if ((field === "warnAfter" || field === "errorAfter") && !errors[field]) errors[field] = issue.message;
  }
  return errors;
}

/** Warn after / error after, as ISO-8601 durations, each with its length in words. */
export function TargetFields({
  draft,
  onChange,
  errors,
}: {
  draft: TargetDraft;
  onChange: (next: TargetDraft) => void;
  errors: Partial<Record<keyof TargetDraft, string>> | null;
}) {
  const id = useId();
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      {FIELDS.map(({ name, label, hint }) => {
        const error = errors?.[name];
        const ms = durationMs(draft[name]);
        return (
          <div key={name} className="min-w-0 space-y-1.5">
            <Label htmlFor={`${id}-${name}`}>{label}</Label>
            <Input
              id={`${id}-${name}`}
              name={name}
              value={draft[name]}
              autoComplete="off"
              spellCheck={false}
              aria-invalid={error ? true : undefined}
              aria-describedby={`${id}-${name}-hint`}
              onChange={(e) => onChange({ ...draft, [name]: e.target.value })}
            />
            <p
              id={`${id}-${name}-hint`}
              className={error ? "text-sm text-danger" : "text-xs text-muted-foreground"}
            >
              {error ?? (ms === null ? hint : `${formatAge(ms)}. ${hint}`)}
            </p>
          </div>
        );
      })}
    </div>
  );
}
