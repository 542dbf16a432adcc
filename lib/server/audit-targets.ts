import "server-only";

import type { AuditEntry } from "./audit";
import { getConsoleDb } from "./db/database";

/** Entries written before targets were named carry a user's id: show that user's email instead. */
export async function nameAuditTargets(entries: AuditEntry[]): Promise<AuditEntry[]> {
  const ids = [...new Set(entries.filter((e) => e.action.startsWith("user.")).map((e) => e.target))];
  if (ids.length === 0) return entries;
  const rows = await getConsoleDb()
    .db.selectFrom("user")
    .select(["id", "email"])
    .where("id", "in", ids.slice(0, 1_000))
    .execute();
  const emails = new Map(rows.map((r) => [r.id, r.email]));
  return entries.map((e) =>
    e.action.startsWith("user.") && emails.has(e.target)
      ? { ...e, target: emails.get(e.target) ?? e.target }
      : e,
  );
}
