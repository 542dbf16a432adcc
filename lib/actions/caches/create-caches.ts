"use server";

import { returnValidationErrors } from "next-safe-action";

import { ActionError, authActionClient, requireRole } from "@/lib/safe-action";
import { createCachesSchema, tableLabel } from "@/lib/schemas/wizard";
import { recordAudit } from "@/lib/server/audit";
import { getPeaka } from "@/lib/server/peaka";
import { itemPolicyErrors } from "@/lib/server/wizard/item-policy";
import { createCachesForPlan } from "@/lib/server/wizard/create-caches";
import {
  claimSubmission,
  releaseSubmission,
  saveSubmission,
  waitForSubmission,
} from "@/lib/server/wizard/submission-store";
import { planRequest } from "@/lib/wizard/cache-requests";
import { rejectedSchedule } from "@/lib/wizard/rejected-schedule";
import type { SubmissionResult } from "@/lib/wizard/types";

export const createCachesAction = authActionClient
  .metadata({ actionName: "createCaches", audit: "cache.create", role: "operator" })
  .inputSchema(createCachesSchema)
  .action(async ({ parsedInput, ctx }): Promise<SubmissionResult> => {
    requireRole(ctx, "operator");
    const { projectId, idempotencyKey: key, items } = parsedInput;
    const policy = itemPolicyErrors(items);
    if (policy) returnValidationErrors(createCachesSchema, { items: policy });

    // A double click, retry or reload re-sends the same key: answer with the first attempt's result.
    const claim = await claimSubmission(key, projectId, ctx.user.id);
    if (claim.kind === "done") return { key, outcomes: claim.outcomes };
    if (claim.kind === "in-flight") {
      const outcomes = await waitForSubmission(key, projectId);
      if (outcomes) return { key, outcomes };
      throw new ActionError(
        "This request is still being processed. Reload the page in a moment to see its result.",
      );
    }

    const target = items.map((item) => tableLabel(item.table)).join(", ");
    const request = planRequest(projectId, items);
    try {
      const outcomes = await createCachesForPlan(getPeaka(), projectId, items);
      // Nothing was created because of a schedule: the same key may be sent again once it is fixed.
      if (rejectedSchedule(outcomes)) await releaseSubmission(key);
      else await saveSubmission(key, outcomes);
      const created = outcomes.filter((outcome) => outcome.status === "created").length;
      await recordAudit({
        actor: ctx.user,
        action: "cache.create",
        projectId,
        target,
        request,
        outcome: created === outcomes.length ? "success" : "failure",
        detail:
          outcomes
            .filter((outcome) => outcome.status !== "created")
            .map((outcome) => `${tableLabel(outcome.table)}: ${outcome.message ?? outcome.status}`)
            .join("; ") || null,
      });
      return { key, outcomes };
    } catch (error) {
      await releaseSubmission(key);
      await recordAudit({
        actor: ctx.user,
        action: "cache.create",
        projectId,
        target,
        request,
        outcome: "failure",
        detail: String(error),
      });
      throw error;
    }
  });
