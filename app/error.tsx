"use client";

import { AppShell } from "@/components/layout/app-shell";
import { ErrorPanel } from "@/components/layout/error-panel";

export default function RootError({
  error,
  retry,
}: {
  error: Error & { digest?: string };
  retry: () => void;
}) {
  return (
    <AppShell>
      <ErrorPanel error={error} retry={retry} />
    </AppShell>
  );
}
