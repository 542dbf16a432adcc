import "server-only";

import { toRole, type Role } from "@/lib/auth/roles";
import { ActionError } from "@/lib/action-error";

import { getAuth } from "./auth/init";
import { forgetUserSessions } from "./auth/shared-session-cache";
import { getConsoleDb } from "./db/database";

export type ConsoleUserRow = {
  id: string;
  name: string;
  email: string;
  role: Role;
  disabled: boolean;
  createdAt: string;
};

export async function listUsers(): Promise<ConsoleUserRow[]> {
  await getAuth();
  const rows = await getConsoleDb()
    .db.selectFrom("user")
    .select(["id", "name", "email", "role", "banned", "createdAt"])
    .orderBy("email")
    .execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    email: r.email,
    role: toRole(r.role),
    disabled: Boolean(r.banned),
    createdAt: new Date(r.createdAt).toISOString(),
  }));
}

export async function setUserRole(userId: string, role: Role): Promise<ConsoleUserRow> {
  await getAuth();
  const { db } = getConsoleDb();
  const updated = await db.updateTable("user").set({ role }).where("id", "=", userId).executeTakeFirst();
  forgetUserSessions(userId);
  if (Number(updated.numUpdatedRows) === 0)
    throw new ActionError("That user no longer exists. Refresh the list.");
  const user = (await listUsers()).find((u) => u.id === userId);
  if (!user) throw new ActionError("That user no longer exists. Refresh the list.");
  return user;
}

export async function createConsoleUser(input: {
  name: string;
  email: string;
  password: string;
  role: Role;
}): Promise<ConsoleUserRow> {
  const auth = await getAuth();
  const { db } = getConsoleDb();
  const existing = await db
    .selectFrom("user")
    .select("id")
    .where("email", "=", input.email)
    .executeTakeFirst();
  if (existing)
    throw new ActionError(`A user with ${input.email} already exists; change their role instead.`);
  const { user } = await auth.api.createUser({ body: input });
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: input.role,
    disabled: false,
    createdAt: new Date().toISOString(),
  };
}
