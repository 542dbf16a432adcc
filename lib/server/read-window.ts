import "server-only";

export type ReadWindowOptions = { freshMs: number; now?: () => number };

type Slot<T> = { startedAt: number; value: Promise<T> };

/**
 * Coalesces identical reads: callers within `freshMs` of a read's start share its answer, and concurrent callers
 * share one call. A failed read is never shared past its own callers. forget() makes the next caller read anew,
 * even while an older read is still running.
 */
export function createReadWindow<T>(options: ReadWindowOptions) {
  const now = options.now ?? Date.now;
  const slots = new Map<string, Slot<T>>();

  return {
    read(key: string, load: () => Promise<T>): Promise<T> {
      const slot = slots.get(key);
      if (slot && now() - slot.startedAt < options.freshMs) return slot.value;
      if (options.freshMs <= 0) return load();
      const fresh: Slot<T> = { startedAt: now(), value: load() };
      slots.set(key, fresh);
      fresh.value.catch(() => {
        if (slots.get(key) === fresh) slots.delete(key);
      });
      return fresh.value;
    },
    forget(key: string): void {
      slots.delete(key);
    },
    forgetAll(): void {
      slots.clear();
    },
  };
}

export type ReadWindow<T> = ReturnType<typeof createReadWindow<T>>;
