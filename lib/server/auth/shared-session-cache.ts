import "server-only";

import type { ConsoleUser } from "./session";
import { createSessionCache, type SessionCache } from "./session-cache";

// WHY a 5 s TTL: in this process every change that can end or narrow a session (sign-out, role change, ban,
// user removal, session revocation) calls forget*() before its answer goes out, so it takes effect on the very
// next request. The TTL only bounds what this process cannot see: another console instance sharing the database,
// or a row edited by hand, and it never outlives the session itself. Five seconds absorbs the page load's parallel
// calls and the overview's polls (every 2 s while a cache runs) while keeping that cross-process window short;
// better-auth's cookie cache would instead keep a revoked session alive until its cookie expires. Writes never use
// this cache: server actions and non-GET route handlers always ask the database.
const TTL_MS = 5_000;
const MAX_ENTRIES = 10_000;

// Route handlers and server actions are bundled apart with their own module copies; one cache per process lives
// on globalThis so that an invalidation from an action or the auth handler reaches every reader.
const shared = globalThis as typeof globalThis & { __consoleSessionCache?: SessionCache<ConsoleUser> };

export function sessionCache(): SessionCache<ConsoleUser> {
  shared.__consoleSessionCache ??= createSessionCache<ConsoleUser>({
    ttlMs: TTL_MS,
    maxEntries: MAX_ENTRIES,
  });
  return shared.__consoleSessionCache;
}

/** After sign-out, a ban, a removal, a revocation or any other change better-auth makes to sessions or users. */
export function forgetAllSessions(): void {
  sessionCache().forgetAll();
}

/** After this user's role or standing changed: their next request is looked up again. */
export function forgetUserSessions(userId: string): void {
  sessionCache().forgetUser(userId);
}
