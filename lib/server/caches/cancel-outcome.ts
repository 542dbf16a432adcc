import "server-only";

import type { RunKind } from "@/lib/types";

import type { PeakaApi } from "../peaka/api";
import { isPeakaApiError } from "../peaka/errors";

export const NOTHING_TO_CANCEL = "Nothing was running, so there was nothing to cancel.";

/**
 * Cancels the running sync of that kind. The vendor document answers 404 both for an unknown cache and when no run
 * of that kind is running; the cache's status tells the two apart, so an unknown cache still fails as not found.
 */
export async function cancelRunning(
  peaka: PeakaApi,
  projectId: string,
  cacheId: string,
  kind: RunKind,
): Promise<"cancelling" | "nothing-running"> {
  try {
    if (kind === "full") await peaka.cancelFullRefresh(projectId, cacheId);
    else await peaka.cancelIncremental(projectId, cacheId);
    return "cancelling";
  } catch (error) {
    if (!isPeakaApiError(error) || error.kind !== "not-found") throw error;
    const exists = await peaka.getCacheStatus(projectId, cacheId).then(
      () => true,
      (readError: unknown) => !(isPeakaApiError(readError) && readError.kind === "not-found"),
    );
    if (exists) return "nothing-running";
    throw error;
  }
}
