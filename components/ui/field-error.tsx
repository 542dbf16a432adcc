import type { ReactNode } from "react";

import { cn } from "@/lib/utils";

/** The one way form errors are shown, so every field announces them the same way. */
export function FieldError({
  id,
  children,
  className,
}: {
  id: string;
  children?: ReactNode;
  className?: string;
}) {
  if (!children) return null;
  return (
    <p id={id} data-slot="field-error" className={cn("text-sm font-medium text-danger", className)}>
      {children}
    </p>
  );
}
