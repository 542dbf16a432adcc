import { type TableInfo } from "../catalog/types";
import { type CacheMode } from "../seed/source-db";
import { type RunControl, type RunOutcome } from "./control";
import { type ExecutionLog, type RunError } from "./executions";
import { fullCopy } from "./full-copy";
import { applyChanges } from "./incremental-apply";
import { type CacheStore } from "./store";

type Job = { mode: CacheMode; scheduled: boolean; runId: string; cancelled: boolean; done: Promise<void> };
type Waiting = { mode: CacheMode; scheduled: boolean };
type Slot = {
  running?: Job;
  starting?: Waiting & { timer: NodeJS.Timeout };
  pending?: Waiting;
  deleted?: boolean;
};

export type RequestOutcome = { outcome: "STARTED" | "QUEUED" | "ALREADY_QUEUED"; executionId?: string };

export type RunnerDeps = {
  store: CacheStore;
  log: ExecutionLog;
  resolveTable: (cacheId: string) => TableInfo | undefined;
  batchRows: number;
  pause: (rows: number) => Promise<void>;
  /** A requested run waits this long before it starts; meanwhile it is neither RUNNING nor cancellable. */
  startDelayMs?: number;
  /** A failure armed through the sandbox control API for this cache's next run, taken once. */
  takeFailure?: (cacheId: string, mode: CacheMode) => RunError | undefined;
};

const label = (mode: CacheMode): string => (mode === "FULL_REFRESH" ? "Full refresh" : "Incremental sync");

// One run per cache at a time: one waiting run at most, and a waiting full refresh replaces a waiting incremental.
export function createRunner(deps: RunnerDeps) {
  const slots = new Map<string, Slot>();
  const slotOf = (cacheId: string): Slot => {
    const existing = slots.get(cacheId);
    if (existing) return existing;
    const slot: Slot = {};
    slots.set(cacheId, slot);
    return slot;
  };

  function start(cacheId: string, slot: Slot, mode: CacheMode, scheduled: boolean): string {
    const runId = deps.log.start(cacheId, mode, scheduled);
    deps.log.log(cacheId, "STARTED", `${label(mode)} started`, mode, scheduled);
    const job: Job = { mode, scheduled, runId, cancelled: false, done: Promise.resolve() };
    slot.running = job;
    job.done = execute(cacheId, slot, job);
    return runId;
  }

  async function execute(cacheId: string, slot: Slot, job: Job): Promise<void> {
    const control: RunControl = {
      batchRows: deps.batchRows,
      isCancelled: () => job.cancelled || slot.deleted === true,
      report: (p) => deps.log.progress(job.runId, p),
      pause: deps.pause,
    };
    await Promise.resolve();
    try {
      const injected = deps.takeFailure?.(cacheId, job.mode);
      if (injected) throw Object.assign(new Error(injected.message), { code: injected.code });
      const table = deps.resolveTable(cacheId);
      if (!table)
        throw Object.assign(new Error("The source table no longer exists."), { code: "SOURCE_MISSING" });
      const outcome: RunOutcome =
        job.mode === "FULL_REFRESH"
          ? await fullCopy(deps.store, table, cacheId, job.runId, control, false)
          : await applyChanges(deps.store, table, cacheId, job.runId, control);
      if (slot.deleted) return;
      deps.log.finish(job.runId, outcome === "completed" ? "COMPLETED" : "CANCELLED");
      deps.log.log(cacheId, outcome.toUpperCase(), `${label(job.mode)} ${outcome}`, job.mode, job.scheduled);
    } catch (error) {
      if (slot.deleted) return;
      const message = error instanceof Error ? error.message : String(error);
      const code = (error as { code?: unknown }).code;
      deps.log.finish(job.runId, "FAILED", { message, code: typeof code === "string" ? code : "RUN_FAILED" });
      deps.log.log(cacheId, "FAILED", `${label(job.mode)} failed: ${message}`, job.mode, job.scheduled);
    } finally {
      deps.store.checkpointSoon();
      slot.running = undefined;
      const next = slot.pending;
      slot.pending = undefined;
      if (next && !slot.deleted) begin(cacheId, slot, next.mode, next.scheduled);
      else slots.delete(cacheId);
    }
  }

  // Returns the execution id when the run started at once.
  function begin(cacheId: string, slot: Slot, mode: CacheMode, scheduled: boolean): string | undefined {
    const delay = deps.startDelayMs ?? 0;
    if (delay <= 0) return start(cacheId, slot, mode, scheduled);
    const timer = setTimeout(() => {
      slot.starting = undefined;
      if (!slot.deleted) start(cacheId, slot, mode, scheduled);
    }, delay);
    slot.starting = { mode, scheduled, timer };
    return undefined;
  }

  return {
    request(cacheId: string, mode: CacheMode, scheduled: boolean): RequestOutcome {
      const slot = slotOf(cacheId);
      const busy = slot.running ?? slot.starting;
      if (!busy) return { outcome: "STARTED", executionId: begin(cacheId, slot, mode, scheduled) };
      if (slot.pending && (slot.pending.mode === mode || mode === "INCREMENTAL"))
        return { outcome: "ALREADY_QUEUED" };
      if (slot.pending)
        deps.log.log(
          cacheId,
          "SUPERSEDED",
          "Waiting incremental sync replaced by a full refresh",
          "INCREMENTAL",
          slot.pending.scheduled,
        );
      slot.pending = { mode, scheduled };
      deps.log.log(
        cacheId,
        "QUEUED",
        `${label(mode)} queued behind the ${slot.running ? "running" : "starting"} ${label(busy.mode).toLowerCase()}`,
        mode,
        scheduled,
      );
      return { outcome: "QUEUED" };
    },
    // The vendor document: only a running workflow can be cancelled; a waiting or starting run is left alone.
    cancel(cacheId: string, mode: CacheMode): boolean {
      const running = slots.get(cacheId)?.running;
      if (running?.mode !== mode) return false;
      running.cancelled = true;
      return true;
    },
    isRunning: (cacheId: string): boolean => slots.get(cacheId)?.running !== undefined,
    async forget(cacheId: string): Promise<void> {
      const slot = slots.get(cacheId);
      if (!slot) return;
      slot.deleted = true;
      slot.pending = undefined;
      if (slot.starting) clearTimeout(slot.starting.timer);
      slot.starting = undefined;
      await slot.running?.done;
      slots.delete(cacheId);
    },
  };
}

export type Runner = ReturnType<typeof createRunner>;
