"use client";

import { ErrorPanel } from "@/components/layout/error-panel";

export default function CacheDetailError({
  error,
  retry,
}: {
  error: Error & { digest?: string };
  retry: () => void;
}) {
  return <ErrorPanel error={error} retry={retry} title="This cache could not be shown" />;
}
