import { type CacheRepo, dueAfter } from "./caches";
import { type Runner } from "./runner";

// Next-due times live in the state DB, so a restart resumes them; a run missed while down fires once because the
// next due time is computed from now, not from the missed slot.
export function startScheduler(repo: CacheRepo, runner: Runner, tickMs = 200): () => void {
  const tick = (): void => {
    const now = Date.now();
    for (const cache of repo.due(now)) {
      if (cache.next_full_at !== null && cache.next_full_at <= now) {
        repo.setNext(cache.id, "next_full_at", dueAfter(now, cache.full_ms));
        runner.request(cache.id, "FULL_REFRESH", true);
      }
      if (cache.next_inc_at !== null && cache.next_inc_at <= now) {
        repo.setNext(cache.id, "next_inc_at", dueAfter(now, cache.inc_ms));
        runner.request(cache.id, "INCREMENTAL", true);
      }
    }
  };
  const timer = setInterval(tick, tickMs);
  return () => clearInterval(timer);
}
