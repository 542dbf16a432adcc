"use client";

import { AlertTriangle } from "lucide-react";
import { useEffect } from "react";

import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

export function ErrorPanel({
  error,
  retry,
  title = "Something went wrong",
}: {
  error: Error & { digest?: string };
  /** Next's `retry`: fetches the segment again. `reset` only re-renders, so a failed server render stays failed. */
  retry: () => void;
  title?: string;
}) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <EmptyState
      icon={<AlertTriangle className="size-6" aria-hidden />}
      title={title}
      description={
        <>
          The console could not show this page. Try again; if it keeps failing, check that the Peaka API is
          reachable.
          {error.digest ? (
            <span className="mt-2 block font-mono text-xs">Reference: {error.digest}</span>
          ) : null}
        </>
      }
      action={<Button onClick={retry}>Try again</Button>}
    />
  );
}
