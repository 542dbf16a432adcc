import type { authClient } from "./auth-client";

/**
 * better-auth's browser client is about 12 KiB gzipped and only signing in or out needs it, so it stays out of
 * every page's first-load JavaScript and loads when one of those starts.
 */
export async function loadAuthClient(): Promise<typeof authClient> {
  return (await import("./auth-client")).authClient;
}
