import type { Metadata } from "next";
import { redirect } from "next/navigation";

import { SignInForm } from "@/components/auth/sign-in-form";
import { Brand } from "@/components/layout/brand";
import { ThemeToggle } from "@/components/layout/theme-toggle";
import type { PageArgs } from "@/lib/next/page-props";
import { safeNextPath } from "@/lib/schemas/auth";
import { oidcConfigured } from "@/lib/server/auth/auth";
import { getCurrentUser } from "@/lib/server/auth/session";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: PageArgs) {
  const next = safeNextPath((await searchParams).next);
  if (await getCurrentUser()) redirect(next);
  return (
    <main id="main" className="grid min-h-dvh place-items-center px-4 py-10">
      <div className="w-full max-w-sm">
        <div className="mb-6 flex items-center justify-between">
          <Brand href="/sign-in" />
          <ThemeToggle />
        </div>
        <div className="rounded-lg border bg-card p-6 shadow-sm">
          <h1 className="text-xl font-semibold">Sign in</h1>
          <p className="mt-1 mb-5 text-sm text-muted-foreground">
            Use the account your console administrator gave you.
          </p>
          <SignInForm next={next} ssoEnabled={oidcConfigured()} />
        </div>
      </div>
    </main>
  );
}
