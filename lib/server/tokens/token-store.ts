import "server-only";

import { createHash, randomBytes } from "node:crypto";

import { hasRole, toRole, type Role } from "@/lib/auth/roles";

import type { ConsoleUser } from "../auth/session";
import type { ConsoleDb } from "../db/database";
import { migratedTable } from "../db/migrated-table";

// Personal access tokens for the console API (/api/v1). A token is shown once; only its sha-256 is kept, which is
// enough for 32 random bytes (nothing to brute-force). Its role and its user's are both checked at every use.

type ApiTokenTable = {
  id: string;
  user_id: string;
  name: string;
  role: string;
  project_id: string | null;
  token_hash: string;
  created_at: string;
  created_by: string;
  expires_at: string | null;
  revoked_at: string | null;
  last_used_at: string | null;
};
type UserRow = {
  id: string;
  email: string;
  name: string;
  role: string | null;
  banned?: boolean | number | null;
};

/** Tokens start with this, so a leaked one is recognised by secret scanners and in logs. */
export const TOKEN_PREFIX = "cc_";

export async function migrateApiTokens({ db }: ConsoleDb): Promise<void> {
  await db.schema
    .createTable("api_token")
    .ifNotExists()
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("role", "text", (c) => c.notNull())
    .addColumn("project_id", "text")
    .addColumn("token_hash", "text", (c) => c.notNull().unique())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("created_by", "text", (c) => c.notNull())
    .addColumn("expires_at", "text")
    .addColumn("revoked_at", "text")
    .addColumn("last_used_at", "text")
    .execute();
  await db.schema.createIndex("api_token_user").ifNotExists().on("api_token").column("user_id").execute();
}

const table = migratedTable<{ api_token: ApiTokenTable; user: UserRow }>(migrateApiTokens);

const hashOf = (token: string) => createHash("sha256").update(token).digest("hex");

export type ApiToken = {
  id: string;
  userId: string;
  userEmail: string;
  name: string;
  role: Role;
  projectId: string | null;
  createdAt: string;
  createdBy: string;
  expiresAt: string | null;
  revokedAt: string | null;
  lastUsedAt: string | null;
};

type NewToken = {
  userId: string;
  name: string;
  role: Role;
  projectId: string | null;
  expiresAt: string | null;
};

/** Stores a new token and returns it once, in full; afterwards only its id and prefix are known. */
export async function createApiToken(
  input: NewToken,
  createdBy: string,
): Promise<{ id: string; token: string }> {
  const db = await table();
  const id = `tok_${randomBytes(6).toString("hex")}`;
  const token = `${TOKEN_PREFIX}${id.slice(4)}_${randomBytes(32).toString("base64url")}`;
  await db
    .insertInto("api_token")
    .values({
      id,
      user_id: input.userId,
      name: input.name,
      role: input.role,
      project_id: input.projectId,
      token_hash: hashOf(token),
      created_at: new Date().toISOString(),
      created_by: createdBy,
      expires_at: input.expiresAt,
      revoked_at: null,
      last_used_at: null,
    })
    .execute();
  return { id, token };
}

/** One user's tokens, or everyone's (for admins) with `userId` null; newest first. */
export async function listApiTokens(userId: string | null, tokenId?: string): Promise<ApiToken[]> {
  const db = await table();
  let query = db
    .selectFrom("api_token")
    .leftJoin("user", "user.id", "api_token.user_id")
    .selectAll("api_token")
    .select("user.email as user_email")
    .orderBy("api_token.created_at", "desc")
    .limit(1000);
  if (userId) query = query.where("api_token.user_id", "=", userId);
  if (tokenId) query = query.where("api_token.id", "=", tokenId);
  const rows = await query.execute();
  return rows.map((r) => ({
    id: r.id,
    userId: r.user_id,
    userEmail: r.user_email ?? r.user_id,
    name: r.name,
    role: toRole(r.role),
    projectId: r.project_id,
    createdAt: r.created_at,
    createdBy: r.created_by,
    expiresAt: r.expires_at,
    revokedAt: r.revoked_at,
    lastUsedAt: r.last_used_at,
  }));
}

export async function findApiToken(id: string): Promise<ApiToken | null> {
  return (await listApiTokens(null, id))[0] ?? null;
}

export async function revokeApiToken(id: string): Promise<boolean> {
  const db = await table();
  const result = await db
    .updateTable("api_token")
    .set({ revoked_at: new Date().toISOString() })
    .where("id", "=", id)
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export type TokenCaller = { user: ConsoleUser; tokenId: string; projectId: string | null };

const lower = (a: Role, b: Role): Role => (hasRole(a, b) ? b : a);

/**
 * The caller a presented token stands for, or null when it is unknown, revoked, expired, or its user is disabled
 * or gone. Its power is the lower of the token's role and the user's role now, so a demotion takes effect at once.
 */
export async function resolveApiToken(presented: string, now = new Date()): Promise<TokenCaller | null> {
  if (!presented.startsWith(TOKEN_PREFIX) || presented.length > 200) return null;
  const db = await table();
  const row = await db
    .selectFrom("api_token")
    .innerJoin("user", "user.id", "api_token.user_id")
    .select([
      "api_token.id as token_id",
      "api_token.role as token_role",
      "api_token.project_id",
      "api_token.expires_at",
      "api_token.revoked_at",
      "api_token.last_used_at",
      "user.id as user_id",
      "user.email",
      "user.name",
      "user.role as user_role",
      "user.banned",
    ])
    .where("api_token.token_hash", "=", hashOf(presented))
    .executeTakeFirst();
  if (!row || row.revoked_at || row.banned) return null;
  if (row.expires_at && Date.parse(row.expires_at) <= now.getTime()) return null;
  // Written at most once a minute per token: a busy script must not turn every read into a write.
  if (!row.last_used_at || now.getTime() - Date.parse(row.last_used_at) > 60_000) {
    await db
      .updateTable("api_token")
      .set({ last_used_at: now.toISOString() })
      .where("id", "=", row.token_id)
      .execute();
  }
  return {
    user: {
      id: row.user_id,
      email: row.email,
      name: row.name || row.email,
      role: lower(toRole(row.token_role), toRole(row.user_role)),
      token: { id: row.token_id },
    },
    tokenId: row.token_id,
    projectId: row.project_id,
  };
}
