import "server-only";

import type { CreateRequest } from "@/lib/partner-api/requests";
import { type WizardItem, tableLabel } from "@/lib/schemas/wizard";
import { batchAudit } from "@/lib/wizard/batch-audit";
import type { TableOutcome } from "@/lib/wizard/types";

import type { ActionCtx } from "../audited";
import { rememberCreated } from "../caches/recent-creates";
import { getPeaka } from "../peaka";

import { createCachesForPlan } from "./create-caches";

/**
 * Creates caches for some tables (one create or a batch) and records it under the context's audit name with the
 * request that actually went to Peaka. The wizard's action, the console API and config apply all create this way.
 */
export async function createCachesAudited(
  ctx: ActionCtx,
  projectId: string,
  items: WizardItem[],
): Promise<TableOutcome[]> {
  const target = items.map((item) => tableLabel(item.table)).join(", ");
  // What went to Peaka: tables cached already are left out, so a batch may have become a single create.
  let request: CreateRequest | null = null;
  try {
    const outcomes = await createCachesForPlan(getPeaka(), projectId, items, (sent) => {
      request = sent;
    });
    // Best effort: the caches exist whatever happens here; without the memory a repeat gets Peaka's 409 instead.
    await rememberCreated(
      projectId,
      outcomes.flatMap((o) => (o.status === "created" && o.cacheId ? [o.cacheId] : [])),
    ).catch(() => undefined);
    await ctx.audit({
      projectId,
      target: outcomes.map((outcome) => outcome.label ?? tableLabel(outcome.table)).join(", ") || target,
      request,
      ...batchAudit(outcomes),
    });
    return outcomes;
  } catch (error) {
    await ctx.audit({ projectId, target, request, outcome: "failure", detail: String(error) });
    throw error;
  }
}
