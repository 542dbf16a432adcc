import "server-only";

import { randomBytes } from "node:crypto";

import { sql } from "kysely";

import { ActionError } from "@/lib/action-error";

import { getAuth } from "./auth/init";
import { forgetUserSessions } from "./auth/shared-session-cache";
import { getConsoleDb } from "./db/database";

const GONE = "That user no longer exists. Refresh the list.";

/** The user's email, for naming them in the audit log and in messages; refuses an unknown id. */
export async function userEmail(userId: string): Promise<string> {
  await getAuth();
  const row = await getConsoleDb()
    .db.selectFrom("user")
    .select("email")
    .where("id", "=", userId)
    .executeTakeFirst();
  if (!row) throw new ActionError(GONE);
  return row.email;
}

async function endSessions(userId: string): Promise<void> {
  await sql`delete from ${sql.table("session")} where ${sql.ref("userId")} = ${userId}`.execute(
    getConsoleDb().db,
  );
  forgetUserSessions(userId);
}

// 1/0 rather than true/false: SQLite cannot bind a boolean, and PostgreSQL reads '1'/'0' as a boolean.
/**
 * A disabled user keeps their account and role but cannot sign in (better-auth's admin plugin refuses a banned
 * user's new sessions), and their open sessions end now.
 */
export async function setUserDisabled(userId: string, disabled: boolean): Promise<void> {
  await getAuth();
  const updated = await sql`update ${sql.table("user")} set ${sql.ref("banned")} = ${disabled ? 1 : 0},
    ${sql.ref("banReason")} = ${disabled ? "disabled in the console" : null} where ${sql.ref("id")} = ${userId}`.execute(
    getConsoleDb().db,
  );
  if (Number(updated.numAffectedRows ?? 0) === 0) throw new ActionError(GONE);
  if (disabled) await endSessions(userId);
  else forgetUserSessions(userId);
}

/** Removes the user with their sign-in methods and sessions; the audit log keeps their email on past entries. */
export async function removeUser(userId: string): Promise<void> {
  await getAuth();
  await endSessions(userId);
  const { db } = getConsoleDb();
  await sql`delete from ${sql.table("account")} where ${sql.ref("userId")} = ${userId}`.execute(db);
  const deleted = await db.deleteFrom("user").where("id", "=", userId).executeTakeFirst();
  if (Number(deleted.numDeletedRows) === 0) throw new ActionError(GONE);
}

/**
 * Sets a new random password and ends the user's sessions. The password is returned once, for the admin to hand
 * over; it is stored only as better-auth's hash and never written to the audit log or the logs.
 */
export async function resetUserPassword(userId: string): Promise<string> {
  const auth = await getAuth();
  const password = randomBytes(12).toString("base64url");
  const hash = await (await auth.$context).password.hash(password);
  const updated = await sql`update ${sql.table("account")} set ${sql.ref("password")} = ${hash}
    where ${sql.ref("userId")} = ${userId} and ${sql.ref("providerId")} = 'credential'`.execute(
    getConsoleDb().db,
  );
  if (Number(updated.numAffectedRows ?? 0) === 0) {
    throw new ActionError("This user has no console password (they sign in through single sign-on).");
  }
  await endSessions(userId);
  return password;
}
