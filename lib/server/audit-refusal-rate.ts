/**
 * Refused calls are recorded at a bounded rate per user, so a script repeating one cannot flood the audit log:
 * at most REFUSALS_PER_WINDOW entries per user per window; the rest are refused all the same, just not recorded.
 */
export const REFUSALS_PER_WINDOW = 10;
export const REFUSAL_WINDOW_MS = 60_000;
const MAX_USERS = 10_000;

export function createRefusalRate(now: () => number = () => Date.now()) {
  const windows = new Map<string, { start: number; count: number }>();
  return {
    /** true when this refusal may be written to the audit log. */
    admit(userId: string): boolean {
      const at = now();
      let entry = windows.get(userId);
      if (!entry || at - entry.start >= REFUSAL_WINDOW_MS) {
        if (!entry && windows.size >= MAX_USERS) windows.delete(windows.keys().next().value as string);
        entry = { start: at, count: 0 };
        windows.set(userId, entry);
      }
      entry.count += 1;
      return entry.count <= REFUSALS_PER_WINDOW;
    },
  };
}
