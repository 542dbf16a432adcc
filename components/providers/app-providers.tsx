"use client";

import { QueryClientProvider } from "@tanstack/react-query";
import { ThemeProvider } from "next-themes";
import dynamic from "next/dynamic";
import type { ReactNode } from "react";

import { getQueryClient } from "@/lib/query-client";

// Toasts only follow a user's action, so sonner stays out of every page's first-load JavaScript.
const ThemedToaster = dynamic(() => import("./themed-toaster").then((m) => m.ThemedToaster), { ssr: false });

/** `nonce` lets next-themes' inline script run under the Content-Security-Policy set by scripts/front/. */
export function AppProviders({ children, nonce }: { children: ReactNode; nonce?: string }) {
  const queryClient = getQueryClient();
  return (
    <ThemeProvider
      nonce={nonce}
      attribute="class"
      defaultTheme="system"
      enableSystem
      disableTransitionOnChange
    >
      <QueryClientProvider client={queryClient}>
        {children}
        <ThemedToaster />
      </QueryClientProvider>
    </ThemeProvider>
  );
}
