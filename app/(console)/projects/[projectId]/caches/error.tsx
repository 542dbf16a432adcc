"use client";

import { ErrorPanel } from "@/components/layout/error-panel";

export default function CachesError({
  error,
  retry,
}: {
  error: Error & { digest?: string };
  retry: () => void;
}) {
  return <ErrorPanel error={error} retry={retry} title="The caches page could not be shown" />;
}
