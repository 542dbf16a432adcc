import type { Metadata } from "next";

import { AuditFilter } from "@/components/audit/audit-filter";
import { AuditTable } from "@/components/audit/audit-table";
import { ConsoleShell } from "@/components/layout/console-shell";
import { firstParam, type PageArgs } from "@/lib/next/page-props";
import { listAudit, listAuditActions } from "@/lib/server/audit";
import { requirePageUser } from "@/lib/server/auth/session";

export const metadata: Metadata = { title: "Audit log" };

export default async function AuditPage({ searchParams }: PageArgs) {
  const user = await requirePageUser("admin", "/audit");
  const actions = await listAuditActions();
  const requested = firstParam((await searchParams).action) ?? "";
  const action = actions.includes(requested) ? requested : "";
  const entries = await listAudit({ action: action || undefined, limit: 500 });
  return (
    <ConsoleShell user={user}>
      <div className="mb-6 flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">Audit log</h1>
          <p className="mt-1 text-sm text-muted-foreground">
            Every change the console made: who, when, what, the request and how it ended. Newest first.
          </p>
        </div>
        <AuditFilter actions={actions} current={action} />
      </div>
      <AuditTable entries={entries} />
    </ConsoleShell>
  );
}
