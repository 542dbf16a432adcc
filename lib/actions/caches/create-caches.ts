"use server";

import { returnValidationErrors } from "next-safe-action";

import { ActionError } from "@/lib/action-error";
import { authActionClient } from "@/lib/safe-action";
import { CACHE_ACTIONS } from "@/lib/schemas/cache-operations";
import { createCachesSchema } from "@/lib/schemas/wizard";
import { rememberCacheLabel } from "@/lib/server/caches/cache-labels";
import { storeTargetWith } from "@/lib/server/freshness/store-target";
import { logger } from "@/lib/server/logger";
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
    const { projectId, idempotencyKey: key, items, target: freshness } = parsedInput;
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
      if (freshness) {
        const created = outcomes.flatMap((o) => (o.status === "created" && o.cacheId ? [o.cacheId] : []));
        for (const o of outcomes) if (o.cacheId && o.label) rememberCacheLabel(projectId, o.cacheId, o.label);
        // The caches exist now: a target that could not be stored (its own audit entry says so) must not turn
        // the batch into a failure; those caches are judged by the default until it is set again.
        await storeTargetWith(ctx.user, projectId, created, freshness).catch((error: unknown) =>
          logger.warn({ err: String(error), projectId }, "freshness target not stored"),
        );
      }
      return { key, outcomes };
    } catch (error) {
      await releaseSubmission(key);
      throw error;
    }
  });
