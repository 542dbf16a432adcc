import "server-only";

import { getMigrations } from "better-auth/db/migration";

import type { Role } from "@/lib/auth/roles";

import { getConsoleDb } from "../db/database";
import { migrateConsoleTables } from "../db/migrate";
import { env } from "../env";
import { logger } from "../logger";

import { getAuthInstance, type ConsoleAuth } from "./auth";

export const DEMO_USERS: { email: string; name: string; role: Role }[] = [
  { email: "viewer@demo.test", name: "Vera Viewer", role: "viewer" },
  { email: "operator@demo.test", name: "Otto Operator", role: "operator" },
  { email: "admin@demo.test", name: "Ada Admin", role: "admin" },
];

let ready: Promise<ConsoleAuth> | undefined;

/** Migrates and seeds once per process; every auth use awaits it. */
export function getAuth(): Promise<ConsoleAuth> {
  ready ??= prepare().catch((error: unknown) => {
    ready = undefined;
    throw error;
  });
  return ready;
}

async function prepare(): Promise<ConsoleAuth> {
  const auth = getAuthInstance();
  const { runMigrations } = await getMigrations(auth.options);
  await runMigrations();
  await migrateConsoleTables(getConsoleDb());
  if (env.CONSOLE_ADMIN_EMAIL && env.CONSOLE_ADMIN_PASSWORD) {
    await ensureUser(auth, {
      email: env.CONSOLE_ADMIN_EMAIL,
      name: "Administrator",
      role: "admin",
      password: env.CONSOLE_ADMIN_PASSWORD,
    });
  }
  if (env.CONSOLE_SEED_DEMO_USERS === "1") {
    if (!env.CONSOLE_DEMO_PASSWORD) throw new Error("CONSOLE_SEED_DEMO_USERS=1 needs CONSOLE_DEMO_PASSWORD");
    for (const user of DEMO_USERS) await ensureUser(auth, { ...user, password: env.CONSOLE_DEMO_PASSWORD });
  }
  return auth;
}

async function ensureUser(
  auth: ConsoleAuth,
  user: { email: string; name: string; role: Role; password: string },
): Promise<void> {
  const { db } = getConsoleDb();
  const existing = await db
    .selectFrom("user")
    .select("id")
    .where("email", "=", user.email.toLowerCase())
    .executeTakeFirst();
  if (existing) return;
  await auth.api.createUser({ body: user });
  logger.info({ email: user.email, role: user.role }, "created console user");
}
