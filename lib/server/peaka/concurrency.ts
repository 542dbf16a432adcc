import "server-only";

type AllAwaited<T extends readonly unknown[]> = { -readonly [K in keyof T]: Awaited<T[K]> };

/**
 * Promise.all that rejects only once every promise has ended. Promise.all rejects at the first failure and leaves
 * the other calls running: an action then answered while a Partner API call it had started was still on its way
 * (the e2e action fuzz saw it land in the next payload's window).
 */
export async function allEnded<const T extends readonly unknown[]>(values: T): Promise<AllAwaited<T>> {
  const settled = await Promise.allSettled(values);
  const failed = settled.find((result): result is PromiseRejectedResult => result.status === "rejected");
  if (failed) throw failed.reason;
  return settled.map((result) => (result as PromiseFulfilledResult<unknown>).value) as AllAwaited<T>;
}

/**
 * Maps items with at most `limit` promises in flight, keeping order. After a failure no new item starts, and it
 * rejects once those already running have ended.
 */
export async function mapLimit<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  let failed = false;
  async function worker() {
    while (!failed && next < items.length) {
      const index = next++;
      try {
        results[index] = await fn(items[index] as T);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  }
  await allEnded(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
