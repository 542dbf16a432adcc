import "server-only";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";

import { hasRole, toRole, type Role } from "@/lib/auth/roles";

import { getAuth } from "./init";

export type ConsoleUser = { id: string; email: string; name: string; role: Role };

async function readSession(requestHeaders: Headers): Promise<ConsoleUser | null> {
  const auth = await getAuth();
  const session = await auth.api.getSession({ headers: requestHeaders });
  if (!session) return null;
  const { user } = session;
  if (user.banned) return null;
  return { id: user.id, email: user.email, name: user.name || user.email, role: toRole(user.role) };
}

/** The signed-in user for this request (deduplicated per render), or null. */
export const getCurrentUser = cache(async (): Promise<ConsoleUser | null> => readSession(await headers()));

export function getUserFromRequest(request: Request): Promise<ConsoleUser | null> {
  return readSession(request.headers);
}

/** For pages and layouts: sends anonymous visitors to sign-in and under-privileged ones to /forbidden. */
export async function requirePageUser(role: Role = "viewer", returnTo?: string): Promise<ConsoleUser> {
  const user = await getCurrentUser();
  if (!user) redirect(returnTo ? `/sign-in?next=${encodeURIComponent(returnTo)}` : "/sign-in");
  if (!hasRole(user.role, role)) redirect("/forbidden");
  return user;
}
