import "server-only";

import { type AuditInput, recordAudit } from "./audit";
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

/** What an action's body gets from the middleware: its user, and the audit log under the action's own name. */
export type ActionCtx = {
  user: ConsoleUser;
  /** Records one entry under the action's audit name. */
  audit: (entry: Omit<AuditInput, "actor" | "action">) => Promise<void>;
  /** Runs one mutation and records its outcome under the action's audit name. */
  audited: <T>(call: Omit<AuditedCall, "action">, run: () => Promise<T>) => Promise<T>;
};

export function actionCtx(user: ConsoleUser, action: string): ActionCtx {
  return {
    user,
    audit: (entry) => recordAudit({ actor: user, action, ...entry }),
    audited: (call, run) => audited({ user }, { action, ...call }, run),
  };
}
