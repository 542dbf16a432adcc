"use client";

import { AppShell } from "@/components/layout/app-shell";
import { ErrorPanel } from "@/components/layout/error-panel";

export default function RootError({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <AppShell>
      <ErrorPanel error={error} reset={reset} />
    </AppShell>
  );
}
