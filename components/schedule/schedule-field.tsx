"use client";

import { useId, useState } from "react";

import { FieldError } from "@/components/ui/field-error";
import { parseScheduleInput } from "@/lib/schedule";
import { cn } from "@/lib/utils";

import { SCHEDULE_PRESETS } from "./schedule-presets";

type ScheduleFieldProps = {
  label: string;
  description?: string;
  /** Canonical ISO expression when valid, otherwise whatever the operator typed. */
  value: string;
  onValueChange: (value: string) => void;
  /** An error from the form schema or the server; shown in place of the live hint. */
  error?: string;
  warnings?: string[];
  name?: string;
};

const NOT_POSITIVE = {
  ok: false as const,
  error: "The interval must be longer than zero.",
  hint: "Use a positive duration such as PT15M or P1D.",
  suggestion: undefined,
};

function interpret(text: string) {
  if (!text.trim()) return null;
  const parsed = parseScheduleInput(text);
  if (parsed.ok && (parsed.seconds < 0n || (parsed.seconds === 0n && parsed.nanos === 0)))
    return NOT_POSITIVE;
  return parsed;
}

export function ScheduleField({
  label,
  description,
  value,
  onValueChange,
  error,
  warnings = [],
  name,
}: ScheduleFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  const [lastValue, setLastValue] = useState(value);
  if (value !== lastValue) {
    setLastValue(value);
    const current = interpret(draft);
    if (!(current?.ok && current.iso === value)) setDraft(value);
  }

  const parsed = interpret(draft);
  const liveError = parsed && !parsed.ok ? parsed : null;
  const shownError = error ?? (liveError ? liveError.error : undefined);
  const ids = { help: `${id}-help`, live: `${id}-live`, error: `${id}-error`, warn: `${id}-warn` };
  const describedBy = [
    description ? ids.help : null,
    ids.live,
    shownError ? ids.error : null,
    warnings.length ? ids.warn : null,
  ]
    .filter(Boolean)
    .join(" ");

  function change(text: string) {
    setDraft(text);
    const result = interpret(text);
    onValueChange(result?.ok ? result.iso : text.trim());
  }

  return (
    <div className="space-y-3" data-invalid={shownError ? true : undefined}>
      <div className="space-y-1">
        <label htmlFor={id} className="text-sm font-semibold">
          {label}
        </label>
        {description ? (
          <p id={ids.help} className="text-sm text-muted-foreground">
            {description}
          </p>
        ) : null}
      </div>
      <div role="group" aria-label={`${label}: presets`} className="flex flex-wrap gap-2">
        {SCHEDULE_PRESETS.map((preset) => {
          const active = parsed?.ok === true && parsed.iso === preset.iso;
          return (
            <button
              key={preset.iso}
              type="button"
              aria-pressed={active}
              onClick={() => change(preset.iso)}
              className={cn(
                "h-8 rounded-full border px-3 text-sm transition-colors hover:bg-muted",
                active && "border-primary bg-accent font-semibold text-accent-foreground",
              )}
            >
              {preset.label}
            </button>
          );
        })}
      </div>
      <input
        id={id}
        name={name}
        value={draft}
        onChange={(event) => change(event.target.value)}
        placeholder="PT6H, 6h, every 6 hours, daily"
        autoComplete="off"
        spellCheck={false}
        aria-invalid={shownError ? true : undefined}
        aria-describedby={describedBy}
        className={cn(
          "h-10 w-full max-w-sm rounded-md border border-input bg-card px-3 font-mono text-sm",
          shownError && "border-danger",
        )}
      />
      {/* The line keeps its height so the form does not jump as it fills, except with nothing to say beside an
          error, where that height read as a hole between the field and its message; it stays for screen readers. */}
      <p
        id={ids.live}
        role="status"
        className={cn(
          "text-sm text-muted-foreground",
          shownError && !parsed?.ok && !liveError?.suggestion && !liveError?.hint ? "sr-only" : "min-h-5",
        )}
      >
        {parsed?.ok ? (
          <>
            <span className="font-mono font-semibold text-foreground">{parsed.iso}</span> · {parsed.words}
          </>
        ) : liveError?.suggestion ? (
          <>
            Did you mean{" "}
            <button
              type="button"
              className="font-mono font-semibold text-primary underline"
              onClick={() => change(liveError.suggestion ?? "")}
            >
              {liveError.suggestion}
            </button>
            ?
          </>
        ) : liveError?.hint ? (
          liveError.hint
        ) : null}
      </p>
      <FieldError id={ids.error}>{shownError}</FieldError>
      {warnings.length > 0 ? (
        <ul
          id={ids.warn}
          className="space-y-1 rounded-md border border-warning/40 bg-warning-soft px-3 py-2 text-sm"
        >
          {warnings.map((warning) => (
            <li key={warning}>
              <span className="font-semibold">Note: </span>
              {warning}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
