import type { Metadata } from "next";

import { ConsoleShell } from "@/components/layout/console-shell";
import { TokensManager } from "@/components/tokens/tokens-manager";
import { hasRole } from "@/lib/auth/roles";
import { firstParam, type PageArgs } from "@/lib/next/page-props";
import { requirePageUser } from "@/lib/server/auth/session";
import { projectFromQuery } from "@/lib/server/current-project";
import { listApiTokens } from "@/lib/server/tokens/token-store";
import { listUsers } from "@/lib/server/users";

export const metadata: Metadata = { title: "Tokens" };

export default async function TokensPage({ searchParams }: PageArgs) {
  const user = await requirePageUser("viewer", "/tokens");
  const admin = hasRole(user.role, "admin");
  const [tokens, users, projectId] = await Promise.all([
    listApiTokens(admin ? null : user.id),
    admin ? listUsers() : Promise.resolve(null),
    projectFromQuery(firstParam((await searchParams).project)),
  ]);
  return (
    <ConsoleShell user={user} projectId={projectId}>
      <div className="mb-6">
        <h1 className="text-2xl font-semibold tracking-tight">Tokens</h1>
        <p className="mt-1 text-sm text-muted-foreground">
          Personal access tokens for the console API and the <code>npm run cc</code> CLI
          (docs/console-api.md).
          {admin ? " As an admin you see everyone's and can create them for others." : ""}
        </p>
      </div>
      <TokensManager
        tokens={tokens.map(({ userId: _u, createdBy: _c, ...t }) => t)}
        me={{ id: user.id, role: user.role }}
        users={
          users?.filter((u) => !u.disabled).map((u) => ({ id: u.id, email: u.email, role: u.role })) ?? null
        }
        defaultProject={projectId}
      />
    </ConsoleShell>
  );
}
