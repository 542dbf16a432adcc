import "server-only";

import { applyDueMoves } from "../schedule-map/moves";

/**
 * Work the background evaluator does on every tick, while it holds the leader lock (one instance at a time).
 * Each feature that needs something done at a chosen time adds its task here; the evaluator runs them in order and
 * a failing task is logged without stopping the others.
 */
export type TickTask = { name: string; run: (now: Date) => Promise<void> };

export const tickTasks: TickTask[] = [applyDueMoves];
