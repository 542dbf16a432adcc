"use server";

import { returnValidationErrors } from "next-safe-action";

import { ActionError } from "@/lib/action-error";
import { authActionClient } from "@/lib/safe-action";
import { CACHE_ACTIONS } from "@/lib/schemas/cache-operations";
import { createCachesSchema } from "@/lib/schemas/wizard";
import { createCachesAudited } from "@/lib/server/wizard/create-audited";
import { itemPolicyErrors } from "@/lib/server/wizard/item-policy";
import {
  claimSubmission,
  releaseSubmission,
  saveSubmission,
  waitForSubmission,
} from "@/lib/server/wizard/submission-store";
import { rejectedSchedule } from "@/lib/wizard/rejected-schedule";
import type { SubmissionResult } from "@/lib/wizard/types";

export const createCachesAction = authActionClient
  .metadata(CACHE_ACTIONS.createCaches)
  .inputSchema(createCachesSchema)
  .action(async ({ parsedInput, ctx }): Promise<SubmissionResult> => {
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

    try {
      const outcomes = await createCachesAudited(ctx, projectId, items);
      // Nothing was created because of a schedule: the same key may be sent again once it is fixed.
      if (rejectedSchedule(outcomes)) await releaseSubmission(key);
      else await saveSubmission(key, outcomes);
      return { key, outcomes };
    } catch (error) {
      await releaseSubmission(key);
      throw error;
    }
  });
