"use client";

import { ErrorPanel } from "@/components/layout/error-panel";

export default function CachesError({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return <ErrorPanel error={error} reset={reset} title="The caches page could not be shown" />;
}
