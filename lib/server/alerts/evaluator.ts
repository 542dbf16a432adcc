import "server-only";

import { tickTasks } from "../background/tick-tasks";
import { env } from "../env";
import { logger } from "../logger";

import { tellChanges } from "./changes";
import { deliverDue } from "./deliveries";
import { syncEnvChannels } from "./env-channels";
import { evaluateOnce } from "./evaluate";
import { createLeadership } from "./leader";

export type Evaluator = { stop(): Promise<void>; tick(): Promise<void> };

// Due deliveries (retries) are looked for this often between ticks, so backoff works below the tick interval.
const DELIVERY_POLL_MS = 1000;

async function step(name: string, run: () => Promise<unknown>): Promise<void> {
  try {
    await run();
  } catch (error) {
    logger.error({ err: error, task: name }, "alerts: background task failed");
  }
}

/**
 * The background evaluator: every CONSOLE_ALERT_INTERVAL, if this instance holds the leader lock, evaluate the
 * rules, tell changes, run the tick tasks and send what is due. A tick never overlaps the previous one.
 */
export function startEvaluator(): Evaluator {
  const leadership = createLeadership();
  let stopped = false;
  let running: Promise<void> | null = null;
  let synced = false;

  const tick = (): Promise<void> => {
    running ??= (async () => {
      if (!(await leadership.isLeader())) return;
      logger.debug("alerts: evaluating as leader");
      if (!synced) {
        await step("env channels", syncEnvChannels);
        synced = true;
      }
      const now = new Date();
      await step("evaluate", () => evaluateOnce(now));
      await step("changes", () => tellChanges(now));
      for (const task of tickTasks) await step(task.name, () => task.run(now));
      await step("deliver", () => deliverDue());
    })().finally(() => (running = null));
    return running;
  };

  const deliverIfLeader = async () => {
    if (running || stopped) return;
    if (await leadership.isLeader()) await step("deliver", () => deliverDue());
  };

  const ticks = setInterval(() => void tick(), env.alertIntervalMs);
  const deliveries = setInterval(
    () => void deliverIfLeader(),
    Math.min(DELIVERY_POLL_MS, env.alertIntervalMs),
  );
  ticks.unref();
  deliveries.unref();
  void tick();
  logger.info({ intervalMs: env.alertIntervalMs }, "alerts: background evaluator started");
  return {
    tick,
    async stop() {
      stopped = true;
      clearInterval(ticks);
      clearInterval(deliveries);
      await running?.catch(() => undefined);
      await leadership.release();
    },
  };
}

const shared = globalThis as typeof globalThis & { __alertEvaluator?: Evaluator };

/** Starts the process's one evaluator unless CONSOLE_ALERTS=off. */
export function ensureEvaluator(): Evaluator | null {
  if (env.CONSOLE_ALERTS === "off") return null;
  shared.__alertEvaluator ??= startEvaluator();
  return shared.__alertEvaluator;
}
