"use client";

import { useAction } from "next-safe-action/hooks";
import { useEffect, useState } from "react";
import { useForm, useWatch } from "react-hook-form";

import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { Input, Label, NativeSelect } from "@/components/ui/input";
import { createUserAction } from "@/lib/actions/users/create-user";
import { ROLE_DESCRIPTIONS, ROLE_LABELS, ROLES } from "@/lib/auth/roles";
import { lazyResolver } from "@/lib/forms/lazy-schemas";
import type { CreateUserInput } from "@/lib/schemas/users";
import { toast } from "@/lib/toast";

const FIELDS = [
  { name: "name", label: "Name", type: "text", autoComplete: "off" },
  { name: "email", label: "Email", type: "email", autoComplete: "off" },
  { name: "password", label: "First password", type: "password", autoComplete: "new-password" },
] as const;

const createUserResolver = lazyResolver<CreateUserInput>(() =>
  Promise.all([import("@hookform/resolvers/zod"), import("@/lib/schemas/users")]).then(
    ([{ zodResolver }, { createUserSchema }]) => zodResolver(createUserSchema),
  ),
);

export function CreateUserForm() {
  const [serverError, setServerError] = useState<string | null>(null);
  const form = useForm<CreateUserInput>({
    resolver: createUserResolver.resolver,
    defaultValues: { name: "", email: "", password: "", role: "viewer" },
  });
  const { execute, isExecuting } = useAction(createUserAction, {
    onSuccess: ({ data }) => {
      toast.success(`${data?.user.email ?? "The user"} can now sign in.`);
      form.reset();
    },
    onError: ({ error }) => setServerError(error.serverError ?? "Check the highlighted fields."),
  });
  useEffect(() => createUserResolver.preload(), []);
  const { errors } = form.formState;
  const role = useWatch({ control: form.control, name: "role" });
  const onSubmit = form.handleSubmit((values) => {
    setServerError(null);
    execute(values);
  });
  return (
    <form
      onSubmit={(e) => void onSubmit(e)}
      noValidate
      className="flex h-fit flex-col gap-3 rounded-lg border bg-card p-4"
    >
      <h2 className="font-semibold">Add a user</h2>
      {FIELDS.map((f) => (
        <div key={f.name} className="flex flex-col gap-1.5">
          <Label htmlFor={`new-${f.name}`}>{f.label}</Label>
          <Input
            id={`new-${f.name}`}
            type={f.type}
            autoComplete={f.autoComplete}
            aria-invalid={errors[f.name] ? true : undefined}
            aria-describedby={`new-${f.name}-error`}
            {...form.register(f.name)}
          />
          <FieldError id={`new-${f.name}-error`}>{errors[f.name]?.message}</FieldError>
        </div>
      ))}
      <div className="flex flex-col gap-1.5">
        <Label htmlFor="new-role">Role</Label>
        <NativeSelect id="new-role" aria-describedby="new-role-help" {...form.register("role")}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {ROLE_LABELS[r]}
            </option>
          ))}
        </NativeSelect>
        <p id="new-role-help" className="text-xs text-muted-foreground">
          {ROLE_DESCRIPTIONS[role]}.
        </p>
      </div>
      <div role="alert" aria-live="polite" className="empty:hidden">
        {serverError || errors.root ? (
          <FieldError id="new-user-error">{serverError ?? errors.root?.message}</FieldError>
        ) : null}
      </div>
      <Button type="submit" disabled={isExecuting}>
        {isExecuting ? "Adding…" : "Add user"}
      </Button>
    </form>
  );
}
