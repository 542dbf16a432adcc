import "server-only";

import { createHmac, timingSafeEqual } from "node:crypto";

import { getConsoleDb } from "../db/database";

import { getAuth } from "./init";

/** The session row and its user, as better-auth's internal adapter would find them. */
export type StoredSession = {
  session: { token: string; userId: string; expiresAt: Date; impersonatedBy: string | null };
  user: { id: string; email: string; name: string; role: string | null; banned: boolean };
};

/** The first cookie called `name` in a Cookie header, quotes stripped and percent-decoded (as better-call reads it). */
export function cookieValue(header: string, name: string): string | null {
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq === -1 || part.slice(0, eq).trim() !== name) continue;
    let value = part.slice(eq + 1).trim();
    if (value.startsWith('"')) value = value.slice(1, -1);
    try {
      return value.includes("%") ? decodeURIComponent(value) : value;
    } catch {
      return value;
    }
  }
  return null;
}

/**
 * The token of a signed cookie value `token.signature`, or null: the signature is base64 HMAC-SHA-256 of the token
 * with the auth secret, 44 characters ending in "=", compared in constant time.
 */
export function verifiedToken(value: string, secret: string): string | null {
  const dot = value.lastIndexOf(".");
  if (dot < 1) return null;
  const token = value.slice(0, dot);
  const signature = value.slice(dot + 1);
  if (signature.length !== 44 || !signature.endsWith("=")) return null;
  const given = Buffer.from(signature, "base64");
  const expected = createHmac("sha256", secret).update(token).digest();
  return given.length === expected.length && timingSafeEqual(given, expected) ? token : null;
}

let settings: Promise<{ cookieName: string; secret: string }> | undefined;

function authSettings() {
  // A failed start (the database briefly away) is tried again on the next call, as getAuth() does, not kept.
  settings ??= getAuth()
    .then(async (auth) => {
      const context = await auth.$context;
      return { cookieName: context.authCookies.sessionToken.name, secret: context.secret };
    })
    .catch((error: unknown) => {
      settings = undefined;
      throw error;
    });
  return settings;
}

/**
 * The live session behind the request's session cookie, straight from the database: the checks of better-auth's
 * getSession (signature, session row, expiry, its user), without its endpoint pipeline or the WebCrypto key it
 * imports per call, which were half of every server action's own cost. It only reads: sliding the expiry and
 * clearing stale cookies stay with getSession, which page reads still use.
 */
export async function readStoredSession(cookieHeader: string | null): Promise<StoredSession | null> {
  if (!cookieHeader) return null;
  const { cookieName, secret } = await authSettings();
  const value = cookieValue(cookieHeader, cookieName);
  const token = value === null ? null : verifiedToken(value, secret);
  if (!token) return null;
  const row = await getConsoleDb()
    .db.selectFrom("session")
    .innerJoin("user", "user.id", "session.userId")
    .select([
      "session.token as token",
      "session.userId as userId",
      "session.expiresAt as expiresAt",
      "session.impersonatedBy as impersonatedBy",
      "user.email as email",
      "user.name as name",
      "user.role as role",
      "user.banned as banned",
    ])
    .where("session.token", "=", token)
    .executeTakeFirst();
  if (!row) return null;
  const expiresAt = new Date(row.expiresAt);
  if (!(expiresAt.getTime() > Date.now())) return null;
  return {
    session: { token: row.token, userId: row.userId, expiresAt, impersonatedBy: row.impersonatedBy ?? null },
    user: {
      id: row.userId,
      email: row.email,
      name: row.name,
      role: row.role ?? null,
      banned: Boolean(row.banned),
    },
  };
}
