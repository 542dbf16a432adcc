type Tone = "success" | "error" | "warning";

/**
 * Sonner is about 9 KiB gzipped and only shows something after a user acts, so it loads after the page instead of
 * with it: the toaster mounts lazily (components/providers/app-providers.tsx) and each toast imports the same module.
 */
function show(tone: Tone, message: string): void {
  import("sonner").then(({ toast: sonner }) => sonner[tone](message)).catch(() => undefined);
}

export const toast = {
  success: (message: string) => show("success", message),
  error: (message: string) => show("error", message),
  warning: (message: string) => show("warning", message),
};
