/**
 * Refused calls are recorded at a bounded rate per user, so a script repeating one cannot flood the audit log: a
 * bucket of REFUSAL_BURST entries per user, refilled by one every REFUSAL_REFILL_MS (at most 180 an hour after the
 * first burst). Refusals past it are refused all the same, just not recorded.
 */
export const REFUSAL_BURST = 30;
export const REFUSAL_REFILL_MS = 20_000;
const MAX_USERS = 10_000;

export function createRefusalRate(now: () => number = () => Date.now()) {
  const buckets = new Map<string, { tokens: number; at: number }>();
  return {
    /** true when this refusal may be written to the audit log. */
    admit(userId: string): boolean {
      const at = now();
      let bucket = buckets.get(userId);
      if (!bucket) {
        if (buckets.size >= MAX_USERS) buckets.delete(buckets.keys().next().value as string);
        bucket = { tokens: REFUSAL_BURST, at };
        buckets.set(userId, bucket);
      }
      const refilled = Math.floor((at - bucket.at) / REFUSAL_REFILL_MS);
      if (refilled > 0) {
        bucket.tokens = Math.min(REFUSAL_BURST, bucket.tokens + refilled);
        bucket.at += refilled * REFUSAL_REFILL_MS;
      }
      if (bucket.tokens === 0) return false;
      bucket.tokens -= 1;
      return true;
    },
  };
}
