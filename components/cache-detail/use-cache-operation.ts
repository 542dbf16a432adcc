"use client";

import { useQueryClient } from "@tanstack/react-query";

import { serverErrorText } from "@/lib/forms/server-errors";
import { toast } from "@/lib/toast";

type Success = { data?: { message: string } };
type Failure = { error: { serverError?: unknown; validationErrors?: unknown } };

/** Callbacks shared by every cache operation: a toast saying what happened, then fresh data. */
export function useOperationCallbacks(projectId: string, onDone?: (message: string) => void) {
  const queryClient = useQueryClient();
  return {
    onSuccess: ({ data }: Success) => {
      const message = data?.message ?? "Done.";
      toast.success(message);
      void queryClient.invalidateQueries({ queryKey: ["projects", projectId, "caches"] });
      onDone?.(message);
    },
    onError: ({ error }: Failure) => {
      toast.error(serverErrorText(error) ?? "The console could not finish this. Try again in a moment.");
    },
  };
}
