import type { Metadata } from "next";

import { ConsoleShell } from "@/components/layout/console-shell";
import { CreateUserForm } from "@/components/users/create-user-form";
import { UsersTable } from "@/components/users/users-table";
import { firstParam, type PageArgs } from "@/lib/next/page-props";
import { requirePageUser } from "@/lib/server/auth/session";
import { projectFromQuery } from "@/lib/server/current-project";
import { listUsers } from "@/lib/server/users";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage({ searchParams }: PageArgs) {
  const user = await requirePageUser("admin", "/users");
  const [users, projectId] = await Promise.all([
    listUsers(),
    projectFromQuery(firstParam((await searchParams).project)),
  ]);
  return (
    <ConsoleShell user={user} projectId={projectId}>
      <div className="mb-6">
        <h1 className="text-2xl font-semibold tracking-tight">Users</h1>
        <p className="mt-1 text-sm text-muted-foreground">
          Viewers read everything; operators also create caches, edit schedules and run syncs; admins also
          delete caches, manage users and read the audit log.
        </p>
      </div>
      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <UsersTable users={users} currentUserId={user.id} />
        <CreateUserForm />
      </div>
    </ConsoleShell>
  );
}
