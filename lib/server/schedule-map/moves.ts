import "server-only";

import { ActionError } from "@/lib/action-error";
import { updateSchedulesRequest } from "@/lib/partner-api/requests";
import { momentUtc, planMove } from "@/lib/schedule-map";
import type { ScheduleMoveInput } from "@/lib/schemas/schedule-moves";

import { recordAudit } from "../audit";
import { audited, type ActionCtx } from "../audited";
import type { ConsoleUser } from "../auth/session";
import type { TickTask } from "../background/tick-tasks";
import { forgetCacheSettings } from "../cache-overview";
import { cacheLabel } from "../caches/cache-labels";
import { toRole } from "@/lib/auth/roles";
import { getPeaka, isPeakaApiError, toUserMessage } from "../peaka";

import { claimMove, dueMoves, finishMove, saveMove, type StoredMove } from "./moves-store";

/** Audit name of the re-apply itself: it sends the schedules, so it re-anchors them (lib/server/schedule-map/set-times.ts). */
export const MOVE_APPLIED_AUDIT = "cache.move-applied";
/** A move the evaluator reaches this late no longer lands where it was meant to; it is not carried out. */
export const MOVE_MISSED_AFTER_MS = 5 * 60_000;

export async function scheduleMove(ctx: ActionCtx, input: ScheduleMoveInput, now = Date.now()) {
  const { projectId, cacheId, kind } = input;
  const target = cacheLabel(projectId, cacheId);
  return ctx.audited({ projectId, target, request: input }, async () => {
    const settings = await getPeaka().getCache(projectId, cacheId);
    const plan = planMove(settings.schedules, kind, Date.parse(input.startAt), now);
    if (!plan.ok) throw new ActionError(plan.message);
    const move = await saveMove({
      projectId,
      cacheId,
      kind,
      applyAt: new Date(plan.applyAt).toISOString(),
      schedules: settings.schedules,
      createdBy: { id: ctx.user.id, email: ctx.user.email, role: ctx.user.role },
    });
    return { moveId: move.id, applyAt: move.applyAt, message: `Move scheduled. ${plan.text}` };
  });
}

export async function cancelMove(ctx: ActionCtx, projectId: string, moveId: string) {
  return ctx.audited(
    { projectId, target: `schedule move ${moveId}`, request: { projectId, moveId } },
    async () => {
      if (!(await finishMove(moveId, "cancelled", `Cancelled by ${ctx.user.email}.`, projectId)))
        throw new ActionError(
          "This move is no longer pending (it was carried out, cancelled or replaced). Reload the page.",
        );
      return { message: "Move cancelled: the schedules stay as they are." };
    },
  );
}

const actorOf = (move: StoredMove): ConsoleUser => ({
  id: move.createdBy.id,
  email: move.createdBy.email,
  name: move.createdBy.email,
  role: toRole(move.createdBy.role),
});

const reason = (error: unknown) =>
  isPeakaApiError(error) ? toUserMessage(error) : error instanceof Error ? error.message : "unknown failure";

/** Re-applies one cache's schedules as they are now (always both), recorded as its scheduler's change. */
async function applyMove(move: StoredMove, now: Date): Promise<void> {
  if (!(await claimMove(move.id))) return;
  const { projectId, cacheId } = move;
  const target = cacheLabel(projectId, cacheId);
  const late = now.getTime() - Date.parse(move.applyAt);
  if (late > MOVE_MISSED_AFTER_MS) {
    const detail = `Missed: the console was not running at ${momentUtc(Date.parse(move.applyAt))}, so the schedules were left as they are. Choose the move again.`;
    await recordAudit({
      actor: actorOf(move),
      action: MOVE_APPLIED_AUDIT,
      projectId,
      target,
      request: { cacheId, moveId: move.id },
      outcome: "failure",
      detail,
    });
    await finishMove(move.id, "failed", detail);
    return;
  }
  try {
    const settings = await getPeaka().getCache(projectId, cacheId);
    const { schedules } = settings;
    const request = { moveId: move.id, ...updateSchedulesRequest(projectId, cacheId, schedules) };
    await audited(
      { user: actorOf(move) },
      { action: MOVE_APPLIED_AUDIT, projectId, target, request },
      async () => {
        if (!schedules.fullRefresh && !schedules.incremental)
          throw new Error(
            "The cache has no schedules now (paused or turned off), so there was nothing to re-apply.",
          );
        await getPeaka().updateCacheSchedules(projectId, cacheId, schedules);
      },
    );
    forgetCacheSettings(projectId, cacheId);
    await finishMove(move.id, "done", `Schedules re-applied at ${momentUtc(Date.now())}.`);
  } catch (error) {
    await finishMove(move.id, "failed", reason(error));
  }
}

/** The background evaluator's task: carry out the moves that are due, oldest first. */
export const applyDueMoves: TickTask = {
  name: "schedule-moves",
  async run(now) {
    for (const move of await dueMoves(now)) await applyMove(move, now);
  },
};
