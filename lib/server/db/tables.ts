import "server-only";

import type { Generated } from "kysely";

export type AuditTable = {
  id: Generated<number>;
  at: string;
  actor_id: string;
  actor_email: string;
  actor_role: string;
  action: string;
  project_id: string | null;
  target: string;
  request: string;
  outcome: string;
  detail: string | null;
};

export type UserTable = {
  id: string;
  name: string;
  email: string;
  role: string | null;
  /** better-auth admin plugin's ban flag: "disabled" in the console (0/1 in SQLite). */
  banned?: boolean | number | null;
  createdAt: string | Date;
};

/** better-auth's session table, as lib/server/auth/session-reader.ts reads it (better-auth writes it). */
export type SessionTable = {
  token: string;
  userId: string;
  expiresAt: string | Date;
  impersonatedBy: string | null;
};

export type ConsoleTables = { audit_log: AuditTable; user: UserTable; session: SessionTable };
