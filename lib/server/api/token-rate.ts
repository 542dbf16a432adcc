import "server-only";

import { env } from "../env";

// In-process, per token: a fixed one-minute window of CONSOLE_API_RATE_LIMIT calls. With several console
// processes each has its own window (docs/console-api.md says so); the bound is against runaway scripts, not abuse.
const WINDOW_MS = 60_000;
const MAX_TOKENS = 10_000;

const shared = globalThis as typeof globalThis & {
  __consoleTokenRate?: Map<string, { start: number; count: number }>;
};

/** null when the call may go on, else the seconds until the window reopens. */
export function tokenRateRetryAfter(tokenId: string, now = Date.now()): number | null {
  const windows = (shared.__consoleTokenRate ??= new Map<string, { start: number; count: number }>());
  let window = windows.get(tokenId);
  if (!window || now - window.start >= WINDOW_MS) {
    if (!window && windows.size >= MAX_TOKENS) windows.delete(windows.keys().next().value as string);
    window = { start: now, count: 0 };
    windows.set(tokenId, window);
  }
  window.count += 1;
  if (window.count <= env.CONSOLE_API_RATE_LIMIT) return null;
  return Math.max(1, Math.ceil((window.start + WINDOW_MS - now) / 1000));
}
