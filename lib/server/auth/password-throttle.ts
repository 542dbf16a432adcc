/**
 * Failed password attempts per account, with a growing delay instead of a lock-out. Every attempt is charged
 * when it starts (so parallel guesses cannot slip in under one delay) and a correct password clears the slate.
 * Keyed on the account, not the address, so spreading guesses over many addresses does not help.
 */
export const FREE_ATTEMPTS = 3;
export const FIRST_DELAY_MS = 30_000;
export const MAX_DELAY_MS = 15 * 60_000;
/** Without a new attempt for this long an account starts over. */
export const FORGET_AFTER_MS = 24 * 60 * 60_000;
const MAX_ACCOUNTS = 50_000;

/** Delay before the next attempt once `attempts` have been charged: 0, 0, 0, 30 s, 1 min, 2 min, … 15 min. */
export function delayAfter(attempts: number): number {
  if (attempts < FREE_ATTEMPTS) return 0;
  return Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** (attempts - FREE_ATTEMPTS));
}

type Entry = { attempts: number; nextAllowedAt: number; lastAt: number };

export type Attempt =
  { allowed: true; settle: (succeeded: boolean) => void } | { allowed: false; retryAfterMs: number };

export function createPasswordThrottle(now: () => number = () => Date.now()) {
  const accounts = new Map<string, Entry>();

  function entryFor(key: string, at: number): Entry {
    const existing = accounts.get(key);
    if (existing && at - existing.lastAt < FORGET_AFTER_MS) return existing;
    if (accounts.size >= MAX_ACCOUNTS) accounts.delete(accounts.keys().next().value as string);
    const fresh = { attempts: 0, nextAllowedAt: 0, lastAt: at };
    accounts.set(key, fresh);
    return fresh;
  }

  return {
    attempt(account: string): Attempt {
      const at = now();
      const key = account.trim().toLowerCase();
      const entry = entryFor(key, at);
      if (at < entry.nextAllowedAt) return { allowed: false, retryAfterMs: entry.nextAllowedAt - at };
      entry.attempts += 1;
      entry.lastAt = at;
      entry.nextAllowedAt = at + delayAfter(entry.attempts);
      return {
        allowed: true,
        settle(succeeded) {
          if (succeeded) accounts.delete(key);
        },
      };
    },
  };
}

export type PasswordThrottle = ReturnType<typeof createPasswordThrottle>;

/** Attempts an attacker gets in `windowMs` against one account, starting from a clean slate. */
export function attemptsWithin(windowMs: number): number {
  let at = 0;
  let attempts = 0;
  while (at <= windowMs) {
    attempts += 1;
    at += delayAfter(attempts);
  }
  return attempts;
}
