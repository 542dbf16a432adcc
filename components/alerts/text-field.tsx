import type { ComponentProps } from "react";

import { FieldError } from "@/components/ui/field-error";
import { Input, Label } from "@/components/ui/input";

/** A labelled input with its hint and its error, wired for screen readers. */
export function TextField({
  id,
  label,
  hint,
  error,
  ...input
}: ComponentProps<typeof Input> & { id: string; label: string; hint?: string; error?: string }) {
  return (
    <div className="flex flex-col gap-1.5">
      <Label htmlFor={id}>{label}</Label>
      <Input
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-error${hint ? ` ${id}-hint` : ""}`}
        {...input}
      />
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-muted-foreground">
          {hint}
        </p>
      ) : null}
      <FieldError id={`${id}-error`}>{error}</FieldError>
    </div>
  );
}
