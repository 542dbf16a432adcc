import "server-only";

import { updateSchedulesRequest } from "@/lib/partner-api/requests";
import { ActionError } from "@/lib/action-error";
import { canRunIncremental, INCREMENTAL_UNSUPPORTED } from "@/lib/caches/cache-capabilities";
import { type CacheOperation, OPERATION_ACTIONS } from "@/lib/schemas/cache-operations";
import { NO_SCHEDULES, type RunKind, type Schedules } from "@/lib/types";

import { type ActionCtx, audited } from "../audited";
import type { ConsoleUser } from "../auth/session";
import { forgetCacheSettings } from "../cache-overview";
import { getPeaka } from "../peaka";
import { policyErrorText, serverPolicyErrors } from "../schedule-policy";

import { cacheLabel } from "./cache-labels";
import { cancelRunning, NOTHING_TO_CANCEL } from "./cancel-outcome";
import { forgetPaused, readPaused, rememberPaused } from "./paused-schedules";
import { tableCacheTypes } from "./table-cache-types";
import { triggerRun } from "./trigger-outcome";

type Ctx = { user: ConsoleUser };

export type OperationResult = { message: string };

const KIND_NAME: Record<RunKind, string> = { full: "full refresh", incremental: "incremental sync" };

async function runNow(projectId: string, cacheId: string, kind: RunKind): Promise<OperationResult> {
  const peaka = getPeaka();
  // Peaka's own refusal of an incremental on a full-refresh-only table is raw; say it plainly, before asking.
  if (kind === "incremental") {
    const settings = await peaka.getCache(projectId, cacheId);
    if (!canRunIncremental(await tableCacheTypes(projectId, settings)))
      throw new ActionError(INCREMENTAL_UNSUPPORTED);
  }
  return { message: await triggerRun(peaka, projectId, cacheId, kind) };
}

async function pause(ctx: Ctx, projectId: string, cacheId: string): Promise<OperationResult> {
  const peaka = getPeaka();
  const existing = await readPaused(projectId, cacheId);
  if (!existing) {
    const settings = await peaka.getCache(projectId, cacheId);
    const current = settings.schedules;
    if (!current.incremental && !current.fullRefresh) {
      throw new ActionError("This cache has no schedules to pause; it only runs when started by hand.");
    }
    await rememberPaused(projectId, cacheId, current, ctx.user.email);
  }
  await peaka.updateCacheSchedules(projectId, cacheId, NO_SCHEDULES);
  forgetCacheSettings(projectId, cacheId);
  return { message: "Paused: both schedules are off. Resume puts them back as they were." };
}

async function resume(projectId: string, cacheId: string): Promise<OperationResult> {
  const remembered = await readPaused(projectId, cacheId);
  if (!remembered)
    throw new ActionError("This cache is not paused by the console, so there is nothing to resume.");
  // Schedules remembered before the policy (or a stricter CONSOLE_MIN_INTERVAL) must not come back unchecked.
  const policy = serverPolicyErrors(remembered);
  if (policy) {
    throw new ActionError(
      `The remembered schedules break the console's schedule rules: ${policyErrorText(policy)} Use Edit schedules to choose new ones.`,
    );
  }
  await getPeaka().updateCacheSchedules(projectId, cacheId, {
    incremental: remembered.incremental,
    fullRefresh: remembered.fullRefresh,
  });
  await forgetPaused(projectId, cacheId);
  forgetCacheSettings(projectId, cacheId);
  return { message: "Resumed: the previous schedules are back on." };
}

async function remove(projectId: string, cacheId: string): Promise<OperationResult> {
  await getPeaka().deleteCache(projectId, cacheId);
  await forgetPaused(projectId, cacheId);
  forgetCacheSettings(projectId, cacheId);
  return { message: "Deleted: the cache, its cached data and its history are gone." };
}

/** One operation on one cache, recorded in the audit log under the operation's own name (also within a bulk). */
export function operateOnCache(
  ctx: Ctx,
  op: CacheOperation,
  projectId: string,
  cacheId: string,
  request: Record<string, unknown> = {},
): Promise<OperationResult> {
  const call = {
    action: OPERATION_ACTIONS[op].audit,
    projectId,
    target: cacheLabel(projectId, cacheId),
    request: { cacheId, ...request },
  };
  return audited(ctx, call, () => {
    if (op === "run-full") return runNow(projectId, cacheId, "full");
    if (op === "run-incremental") return runNow(projectId, cacheId, "incremental");
    if (op === "pause") return pause(ctx, projectId, cacheId);
    if (op === "resume") return resume(projectId, cacheId);
    return remove(projectId, cacheId);
  });
}

export function cancelRun(
  ctx: ActionCtx,
  projectId: string,
  cacheId: string,
  kind: RunKind,
): Promise<OperationResult> {
  const target = cacheLabel(projectId, cacheId);
  return ctx.audited({ projectId, target, request: { cacheId, kind } }, async () => {
    if ((await cancelRunning(getPeaka(), projectId, cacheId, kind)) === "nothing-running")
      throw new ActionError(NOTHING_TO_CANCEL);
    return { message: `Cancelling the ${KIND_NAME[kind]}; the previously cached data stays in place.` };
  });
}

/** Explicit new schedules end a pause: what the person just chose wins over what was remembered. */
export function updateSchedules(
  ctx: ActionCtx,
  projectId: string,
  cacheId: string,
  schedules: Schedules,
): Promise<OperationResult> {
  const request = updateSchedulesRequest(projectId, cacheId, schedules);
  return ctx.audited({ projectId, target: cacheLabel(projectId, cacheId), request }, async () => {
    await getPeaka().updateCacheSchedules(projectId, cacheId, schedules);
    await forgetPaused(projectId, cacheId);
    forgetCacheSettings(projectId, cacheId);
    return { message: "Schedules saved." };
  });
}
