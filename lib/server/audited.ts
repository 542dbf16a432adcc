import "server-only";

import { recordAudit } from "./audit";
import type { ConsoleUser } from "./auth/session";
import { isPeakaApiError, toUserMessage } from "./peaka/errors";

type AuditedCall = {
  action: string;
  projectId?: string | null;
  target: string;
  request: unknown;
};

/** Runs one mutation and records who did what, with which request, and how it ended. */
export async function audited<T>(
  ctx: { user: ConsoleUser },
  call: AuditedCall,
  run: () => Promise<T>,
): Promise<T> {
  try {
    const result = await run();
    await recordAudit({ actor: ctx.user, ...call, outcome: "success" });
    return result;
  } catch (error) {
    const detail = isPeakaApiError(error)
      ? `${error.kind}${error.status ? ` ${error.status}` : ""}: ${toUserMessage(error)}`
      : error instanceof Error
        ? error.message
        : "unknown failure";
    await recordAudit({ actor: ctx.user, ...call, outcome: "failure", detail });
    throw error;
  }
}
