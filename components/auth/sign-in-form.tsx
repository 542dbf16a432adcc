"use client";

import { KeyRound } from "lucide-react";
import { useEffect, useState } from "react";
import { useForm } from "react-hook-form";

import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { Input, Label } from "@/components/ui/input";
import { loadAuthClient } from "@/lib/auth/load-auth-client";
import { lazyResolver } from "@/lib/forms/lazy-schemas";
import type { SignInInput } from "@/lib/schemas/auth";

const signInResolver = lazyResolver<SignInInput>(() =>
  Promise.all([import("@hookform/resolvers/zod"), import("@/lib/schemas/auth")]).then(
    ([{ zodResolver }, { signInSchema }]) => zodResolver(signInSchema),
  ),
);

export function SignInForm({ next, ssoEnabled }: { next: string; ssoEnabled: boolean }) {
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<SignInInput>({
    resolver: signInResolver.resolver,
    defaultValues: { email: "", password: "" },
  });
  const { errors, isSubmitting } = form.formState;
  // Fetch the validator and the auth client right after hydration so submitting does not wait for them.
  useEffect(() => {
    signInResolver.preload();
    loadAuthClient().catch(() => undefined);
  }, []);

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    const authClient = await loadAuthClient().catch(() => null);
    if (!authClient) {
      setFormError(signInProblem(0));
      return;
    }
    const { error } = await authClient.signIn.email({ email: values.email, password: values.password });
    if (error) {
      setFormError(
        error.code === "BANNED_USER"
          ? "This account is disabled. Ask an admin of the console to enable it."
          : signInProblem(error.status, error.message),
      );
      return;
    }
    // A full navigation so every server component renders with the new session cookie.
    window.location.assign(next);
  });

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate className="flex flex-col gap-4">
      <div className="flex flex-col gap-1.5">
        <Label htmlFor="email">Email</Label>
        <Input
          id="email"
          type="email"
          autoComplete="username"
          aria-invalid={errors.email ? true : undefined}
          aria-describedby="email-error"
          {...form.register("email")}
        />
        <FieldError id="email-error">{errors.email?.message}</FieldError>
      </div>
      <div className="flex flex-col gap-1.5">
        <Label htmlFor="password">Password</Label>
        <Input
          id="password"
          type="password"
          autoComplete="current-password"
          aria-invalid={errors.password ? true : undefined}
          aria-describedby="password-error"
          {...form.register("password")}
        />
        <FieldError id="password-error">{errors.password?.message}</FieldError>
      </div>
      <div role="alert" aria-live="polite" className="empty:hidden">
        {formError || errors.root ? (
          <FieldError id="sign-in-error">{formError ?? errors.root?.message}</FieldError>
        ) : null}
      </div>
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? "Signing in…" : "Sign in"}
      </Button>
      {ssoEnabled ? (
        <Button
          variant="secondary"
          onClick={() =>
            void loadAuthClient().then((client) =>
              client.signIn.social({ provider: "oidc", callbackURL: next }),
            )
          }
        >
          <KeyRound aria-hidden /> Sign in with SSO
        </Button>
      ) : null}
    </form>
  );
}

function signInProblem(status: number, message?: string): string {
  if (status === 401 || status === 400) {
    return "That email and password do not match an account. Check both and try again.";
  }
  if (status === 429)
    return message?.startsWith("Too many") ? message : "Too many attempts. Wait a minute, then try again.";
  if (status === 403) {
    return "The console refused this sign-in because of the address it was opened at. Open it at the address your administrator gave you (BETTER_AUTH_URL).";
  }
  return "The console could not sign you in right now. Try again in a moment.";
}
