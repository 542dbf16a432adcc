import "server-only";

import { sql } from "kysely";

import type { Role } from "@/lib/auth/roles";

import type { ConsoleUser } from "./auth/session";
import { cacheLabel } from "./caches/cache-labels";
import { getConsoleDb } from "./db/database";
import { redactForAudit } from "./audit-redact";
import { createRefusalRate } from "./audit-refusal-rate";
import { logger, scrubSecrets } from "./logger";

/** "partial": a batch where some items succeeded and some did not; the detail lists every item. */
export type AuditOutcome = "success" | "partial" | "failure" | "refused";

export type AuditInput = {
  actor: ConsoleUser;
  action: string;
  projectId?: string | null;
  target: string;
  request: unknown;
  outcome: AuditOutcome;
  detail?: string | null;
};

export type AuditEntry = {
  id: number;
  at: string;
  actorEmail: string;
  actorRole: string;
  action: string;
  projectId: string | null;
  target: string;
  request: string;
  outcome: string;
  detail: string | null;
};

const MAX_REQUEST_CHARS = 4_000;
// A batch lists each of its items on a line of its own.
const MAX_DETAIL_CHARS = 8_000;

/** Records one mutation; a failure to write is logged and never hides the mutation's own result. */
export async function recordAudit(input: AuditInput): Promise<void> {
  try {
    const request = scrubSecrets(JSON.stringify(redactForAudit(input.request ?? null)) ?? "null").slice(
      0,
      MAX_REQUEST_CHARS,
    );
    await getConsoleDb()
      .db.insertInto("audit_log")
      .values({
        at: new Date().toISOString(),
        actor_id: input.actor.id,
        actor_email: actorLabel(input.actor),
        actor_role: input.actor.role,
        action: input.action,
        project_id: input.projectId ?? null,
        target: input.target,
        request,
        outcome: input.outcome,
        detail: input.detail ? scrubSecrets(input.detail).slice(0, MAX_DETAIL_CHARS) : null,
      })
      .execute();
  } catch (error) {
    logger.error({ err: error, action: input.action }, "could not write the audit log");
  }
}

/** While impersonating, both identities: the account acted as, and the admin who acted; and the API token used. */
function actorLabel(actor: ConsoleUser): string {
  const email = actor.impersonatedBy
    ? `${actor.email} (impersonated by ${actor.impersonatedBy.email})`
    : actor.email;
  return actor.token ? `${email} (token ${actor.token.id})` : email;
}

// One per process, on globalThis: actions are bundled apart with their own module copies.
const shared = globalThis as typeof globalThis & {
  __consoleRefusalRate?: ReturnType<typeof createRefusalRate>;
};

/** A refusal by role, before the input was validated: what was sent, redacted and cut, at a bounded rate. */
export async function recordRefusal(
  actor: ConsoleUser,
  action: string,
  role: Role,
  clientInput: unknown,
): Promise<void> {
  shared.__consoleRefusalRate ??= createRefusalRate();
  if (!shared.__consoleRefusalRate.admit(actor.id)) {
    logger.warn(
      { actor: actor.email, action },
      "refusal not audited: this user's refusal rate is over its bound",
    );
    return;
  }
  const sent = clientInput && typeof clientInput === "object" ? (clientInput as Record<string, unknown>) : {};
  const text = (key: string) => (typeof sent[key] === "string" ? sent[key].slice(0, 200) : null);
  const ids = Array.isArray(sent.cacheIds) ? sent.cacheIds.filter((id) => typeof id === "string") : [];
  const projectId = text("projectId");
  const cache = (id: string) => (projectId ? cacheLabel(projectId, id) : id);
  const cacheId = text("cacheId");
  await recordAudit({
    actor,
    action,
    projectId,
    target:
      (cacheId && cache(cacheId)) ??
      text("userId") ??
      text("email") ??
      (ids.map(cache).join(", ").slice(0, 200) || "—"),
    request: clientInput,
    outcome: "refused",
    detail: refusalDetail(role),
  });
}

export const refusalDetail = (role: Role): string => `needs the ${role} role`;

export type AuditFilter = {
  action?: string;
  actor?: string;
  /** Case-insensitive part of the target's name. */
  target?: string;
  /** ISO instants, both inclusive. */
  from?: string;
  to?: string;
  limit?: number;
};

export async function listAudit(filter: AuditFilter): Promise<AuditEntry[]> {
  let query = getConsoleDb()
    .db.selectFrom("audit_log")
    .selectAll()
    .orderBy("id", "desc")
    .limit(filter.limit ?? 200);
  if (filter.action) query = query.where("action", "=", filter.action);
  if (filter.actor) query = query.where("actor_email", "=", filter.actor);
  if (filter.target) {
    const pattern = `%${filter.target.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where(sql<boolean>`lower(target) like ${pattern} escape '\\'`);
  }
  if (filter.from) query = query.where("at", ">=", filter.from);
  if (filter.to) query = query.where("at", "<=", filter.to);
  const rows = await query.execute();
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    actorEmail: r.actor_email,
    actorRole: r.actor_role,
    action: r.action,
    projectId: r.project_id,
    target: r.target,
    request: r.request,
    outcome: r.outcome,
    detail: r.detail,
  }));
}

/** Everyone who has an entry, for the actor filter. */
export async function listAuditActors(): Promise<string[]> {
  const rows = await getConsoleDb()
    .db.selectFrom("audit_log")
    .select("actor_email")
    .distinct()
    .orderBy("actor_email")
    .execute();
  return rows.map((r) => r.actor_email);
}

export async function listAuditActions(): Promise<string[]> {
  const rows = await getConsoleDb()
    .db.selectFrom("audit_log")
    .select("action")
    .distinct()
    .orderBy("action")
    .execute();
  return rows.map((r) => r.action);
}
