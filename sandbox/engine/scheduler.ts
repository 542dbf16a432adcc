import { type CacheRepo, nextSlot } from "./caches";
import { type Runner } from "./runner";

// Next-due times live in the state DB, so a restart resumes them. Each schedule fires on the grid set time + k·interval
// (docs/sandbox.md, "Schedules"): the scheduler wakes at the earliest due time, and at least every `maxSleepMs` to see
// schedules changed meanwhile.
// Sub-5 ms intervals would otherwise keep the process busy; their slots collapse as missed ones do.
const MIN_SLEEP_MS = 5;

export function startScheduler(repo: CacheRepo, runner: Runner, maxSleepMs = 200): () => void {
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const tick = (): void => {
    const now = Date.now();
    for (const cache of repo.due(now)) {
      if (cache.next_full_at !== null && cache.next_full_at <= now) {
        repo.setNext(cache.id, "next_full_at", nextSlot(cache.next_full_at, cache.full_ms, now));
        runner.request(cache.id, "FULL_REFRESH", true);
      }
      if (cache.next_inc_at !== null && cache.next_inc_at <= now) {
        repo.setNext(cache.id, "next_inc_at", nextSlot(cache.next_inc_at, cache.inc_ms, now));
        runner.request(cache.id, "INCREMENTAL", true);
      }
    }
    if (stopped) return;
    const earliest = repo.earliestDue();
    const wait =
      earliest === null ? maxSleepMs : Math.min(maxSleepMs, Math.max(MIN_SLEEP_MS, earliest - Date.now()));
    timer = setTimeout(tick, wait);
  };
  timer = setTimeout(tick, 0);
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
