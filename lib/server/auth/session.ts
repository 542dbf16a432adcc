import "server-only";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";

import { hasRole, toRole, type Role } from "@/lib/auth/roles";

import { getConsoleDb } from "../db/database";

import { getAuth } from "./init";
import { readStoredSession } from "./session-reader";
import { sessionCache } from "./shared-session-cache";
import { sessionCacheKey, type CachedSession } from "./session-cache";

export type ConsoleUser = {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** Set while an admin impersonates this user (only possible with CONSOLE_IMPERSONATION=on). */
  impersonatedBy?: { id: string; email: string };
  /** Set when the call came through the console API with a personal access token (its role is then the lower one). */
  token?: { id: string };
};

type SessionParts = {
  user: { id: string; email: string; name: string; role?: string | null; banned?: boolean | null };
  session: { expiresAt: Date | string; impersonatedBy?: string | null };
};

async function toCachedSession(found: SessionParts | null): Promise<CachedSession<ConsoleUser> | null> {
  if (!found) return null;
  const { user } = found;
  if (user.banned) return null;
  const impersonatedBy = await impersonator(found.session.impersonatedBy);
  return {
    user: {
      id: user.id,
      email: user.email,
      name: user.name || user.email,
      role: toRole(user.role),
      ...(impersonatedBy ? { impersonatedBy } : {}),
    },
    userId: user.id,
    expiresAt: new Date(found.session.expiresAt),
  };
}

/** Through better-auth's getSession, which also slides the session's expiry and clears stale cookies. */
async function lookupSession(requestHeaders: Headers): Promise<CachedSession<ConsoleUser> | null> {
  const auth = await getAuth();
  return toCachedSession(await auth.api.getSession({ headers: requestHeaders }));
}

async function impersonator(id: string | null | undefined): Promise<ConsoleUser["impersonatedBy"]> {
  if (!id) return undefined;
  const row = await getConsoleDb()
    .db.selectFrom("user")
    .select(["id", "email"])
    .where("id", "=", id)
    .executeTakeFirst();
  return { id, email: row?.email ?? id };
}

/** Reads go through the short-lived session cache; `fresh` asks the database, for anything that writes. */
async function readSession(requestHeaders: Headers, fresh = false): Promise<ConsoleUser | null> {
  if (fresh)
    return (await toCachedSession(await readStoredSession(requestHeaders.get("cookie"))))?.user ?? null;
  const key = sessionCacheKey(requestHeaders.get("cookie"));
  if (!key) return (await lookupSession(requestHeaders))?.user ?? null;
  return sessionCache().get(key, () => lookupSession(requestHeaders));
}

/** The signed-in user for this request (deduplicated per render), or null. */
export const getCurrentUser = cache(async (): Promise<ConsoleUser | null> => readSession(await headers()));

/** For server actions: every change is authorised against the database, never a cached session. */
export async function getCurrentUserFresh(): Promise<ConsoleUser | null> {
  return readSession(await headers(), true);
}

/** GET and HEAD may use the session cache; any other method is authorised against the database. */
export function getUserFromRequest(request: Request): Promise<ConsoleUser | null> {
  return readSession(request.headers, request.method !== "GET" && request.method !== "HEAD");
}

/** For pages and layouts: sends anonymous visitors to sign-in and under-privileged ones to /forbidden. */
export async function requirePageUser(role: Role = "viewer", returnTo?: string): Promise<ConsoleUser> {
  const user = await getCurrentUser();
  if (!user) redirect(returnTo ? `/sign-in?next=${encodeURIComponent(returnTo)}` : "/sign-in");
  if (!hasRole(user.role, role)) redirect("/forbidden");
  return user;
}
