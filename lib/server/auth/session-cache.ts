import "server-only";

import { createHash } from "node:crypto";

/** What a cached lookup must say about itself: whose session it is and when it ends. */
export type CachedSession<U> = { user: U; userId: string; expiresAt: Date };

export type SessionCacheOptions = {
  ttlMs: number;
  maxEntries: number;
  now?: () => number;
};

type Entry<U> = { user: U; userId: string; until: number };

/**
 * Answers repeated lookups of the same signed session cookie from memory for `ttlMs`, never past the session's own
 * expiry. Only signed-in answers are kept; a forget*() call also stops lookups already running from being stored,
 * because their answer may predate the change.
 */
export function createSessionCache<U>(options: SessionCacheOptions) {
  const now = options.now ?? Date.now;
  const entries = new Map<string, Entry<U>>();
  const running = new Map<string, Promise<U | null>>();
  let generation = 0;

  function store(key: string, session: CachedSession<U>): void {
    const until = Math.min(now() + options.ttlMs, session.expiresAt.getTime());
    if (until <= now()) return;
    entries.delete(key);
    entries.set(key, { user: session.user, userId: session.userId, until });
    // Oldest first in a Map: drop from the front to stay bounded with many distinct sessions.
    while (entries.size > options.maxEntries) {
      const oldest = entries.keys().next();
      if (oldest.done) break;
      entries.delete(oldest.value);
    }
  }

  async function load(
    key: string,
    lookup: () => Promise<CachedSession<U> | null>,
    startedAt: number,
  ): Promise<U | null> {
    const session = await lookup();
    if (session && generation === startedAt) store(key, session);
    return session ? session.user : null;
  }

  function forgetEverything(): void {
    generation++;
    entries.clear();
    running.clear();
  }

  return {
    /** The cached user for `key`, else the result of one shared `lookup` per key at a time. */
    get(key: string, lookup: () => Promise<CachedSession<U> | null>): Promise<U | null> {
      const hit = entries.get(key);
      if (hit && hit.until > now()) return Promise.resolve(hit.user);
      if (hit) entries.delete(key);
      const joined = running.get(key);
      if (joined) return joined;
      const result = load(key, lookup, generation);
      running.set(key, result);
      const settle = () => {
        if (running.get(key) === result) running.delete(key);
      };
      result.then(settle, settle);
      return result;
    },
    forgetUser(userId: string): void {
      generation++;
      running.clear();
      for (const [key, entry] of entries) if (entry.userId === userId) entries.delete(key);
    },
    forgetAll: forgetEverything,
    size: () => entries.size,
  };
}

export type SessionCache<U> = ReturnType<typeof createSessionCache<U>>;

const AUTH_COOKIE = /^(__Secure-|__Host-)?better-auth\./;

/**
 * A digest of every better-auth cookie on the request, or null without a session cookie. The signed cookie value
 * (token plus HMAC) goes in whole, so a hit needs the exact cookie a full lookup already accepted; only its hash
 * is kept in memory.
 */
export function sessionCacheKey(cookieHeader: string | null): string | null {
  if (!cookieHeader) return null;
  const parts = cookieHeader
    .split(";")
    .map((part) => part.trim())
    .filter((part) => AUTH_COOKIE.test(part))
    .sort();
  if (!parts.some((part) => /session_token=/.test(part))) return null;
  return createHash("sha256").update(parts.join("\n")).digest("base64url");
}
