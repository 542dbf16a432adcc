import "server-only";

import { canRunIncremental, INCREMENTAL_UNSUPPORTED } from "@/lib/caches/cache-capabilities";
import { ActionError } from "@/lib/safe-action";
import type { CacheOperation } from "@/lib/schemas/cache-operations";
import type { RunKind } from "@/lib/types";

import { audited } from "../audited";
import type { ConsoleUser } from "../auth/session";
import { forgetCacheSettings } from "../cache-overview";
import { getPeaka } from "../peaka";
import { policyErrorText, serverPolicyErrors } from "../schedule-policy";

import { forgetPaused, readPaused, rememberPaused } from "./paused-schedules";
import { tableCacheTypes } from "./table-cache-types";

type Ctx = { user: ConsoleUser };
type Schedules = { incremental: string | null; fullRefresh: string | null };

export type OperationResult = { message: string };

const AUDIT_ACTION: Record<CacheOperation, string> = {
  "run-full": "cache.run-full-refresh",
  "run-incremental": "cache.run-incremental",
  pause: "cache.pause",
  resume: "cache.resume",
  delete: "cache.delete",
};

const KIND_NAME: Record<RunKind, string> = { full: "full refresh", incremental: "incremental sync" };

function toVendor(s: Schedules) {
  return { incrementalSchedule: s.incremental, fullRefreshSchedule: s.fullRefresh };
}

/** What the person asked for, in the words of the trigger's answer. */
function triggerMessage(kind: RunKind, status: string | null): string {
  const name = KIND_NAME[kind];
  const upper = (status ?? "").toUpperCase();
  if (upper === "QUEUED") return `The ${name} is queued; it starts when the running sync finishes.`;
  if (upper === "ALREADY_QUEUED") return `A ${name} was already queued; nothing new was added.`;
  return `The ${name} has started.`;
}

async function runNow(projectId: string, cacheId: string, kind: RunKind): Promise<OperationResult> {
  const peaka = getPeaka();
  // Peaka's own refusal of an incremental on a full-refresh-only table is raw; say it plainly, before asking.
  if (kind === "incremental") {
    const settings = await peaka.getCache(projectId, cacheId);
    if (!canRunIncremental(await tableCacheTypes(projectId, settings)))
      throw new ActionError(INCREMENTAL_UNSUPPORTED);
  }
  const result =
    kind === "full"
      ? await peaka.triggerFullRefresh(projectId, cacheId)
      : await peaka.triggerIncremental(projectId, cacheId);
  return { message: triggerMessage(kind, result.status) };
}

async function pause(ctx: Ctx, projectId: string, cacheId: string): Promise<OperationResult> {
  const peaka = getPeaka();
  const existing = await readPaused(projectId, cacheId);
  if (!existing) {
    const settings = await peaka.getCache(projectId, cacheId);
    const current = { incremental: settings.incrementalSchedule, fullRefresh: settings.fullRefreshSchedule };
    if (!current.incremental && !current.fullRefresh) {
      throw new ActionError("This cache has no schedules to pause; it only runs when started by hand.");
    }
    await rememberPaused(projectId, cacheId, current, ctx.user.email);
  }
  await peaka.updateCacheSchedules(projectId, cacheId, toVendor({ incremental: null, fullRefresh: null }));
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
  await getPeaka().updateCacheSchedules(projectId, cacheId, toVendor(remembered));
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

/** One operation on one cache, recorded in the audit log with its outcome. */
export function operateOnCache(
  ctx: Ctx,
  op: CacheOperation,
  projectId: string,
  cacheId: string,
  request: Record<string, unknown> = {},
): Promise<OperationResult> {
  const call = { action: AUDIT_ACTION[op], projectId, target: cacheId, request: { cacheId, ...request } };
  return audited(ctx, call, () => {
    if (op === "run-full") return runNow(projectId, cacheId, "full");
    if (op === "run-incremental") return runNow(projectId, cacheId, "incremental");
    if (op === "pause") return pause(ctx, projectId, cacheId);
    if (op === "resume") return resume(projectId, cacheId);
    return remove(projectId, cacheId);
  });
}

export function cancelRun(
  ctx: Ctx,
  projectId: string,
  cacheId: string,
  kind: RunKind,
): Promise<OperationResult> {
  const call = { action: "cache.cancel-run", projectId, target: cacheId, request: { cacheId, kind } };
  return audited(ctx, call, async () => {
    const peaka = getPeaka();
    if (kind === "full") await peaka.cancelFullRefresh(projectId, cacheId);
    else await peaka.cancelIncremental(projectId, cacheId);
    return { message: `Cancelling the ${KIND_NAME[kind]}; the previously cached data stays in place.` };
  });
}

/** Explicit new schedules end a pause: what the person just chose wins over what was remembered. */
export function updateSchedules(
  ctx: Ctx,
  projectId: string,
  cacheId: string,
  schedules: Schedules,
): Promise<OperationResult> {
  const call = { action: "cache.update-schedules", projectId, target: cacheId, request: toVendor(schedules) };
  return audited(ctx, call, async () => {
    await getPeaka().updateCacheSchedules(projectId, cacheId, toVendor(schedules));
    await forgetPaused(projectId, cacheId);
    forgetCacheSettings(projectId, cacheId);
    return { message: "Schedules saved." };
  });
}
