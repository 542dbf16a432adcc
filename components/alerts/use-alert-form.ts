"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";

import { toast } from "@/lib/toast";

import { fieldMessages } from "./field-messages";

/** The alert forms' one flow: field and server errors shown, the form reset and the page refreshed on success. */
export function useAlertForm(saved: string) {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const callbacks = {
    onExecute: () => setErrors({}),
    onSuccess: () => {
      toast.success(saved);
      formRef.current?.reset();
      router.refresh();
    },
    onError: ({ error }: { error: { validationErrors?: unknown; serverError?: string } }) =>
      setErrors({
        ...fieldMessages(error.validationErrors),
        ...(error.serverError ? { form: error.serverError } : {}),
      }),
  };
  return { formRef, errors, callbacks };
}
