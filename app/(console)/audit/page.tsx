import type { Metadata } from "next";

import { AuditFilter } from "@/components/audit/audit-filter";
import { AuditTable } from "@/components/audit/audit-table";
import { ConsoleShell } from "@/components/layout/console-shell";
import { isFiltered, readAuditQuery, toAuditFilter } from "@/lib/audit/audit-query";
import { firstParam, type PageArgs } from "@/lib/next/page-props";
import { listAudit, listAuditActions, listAuditActors } from "@/lib/server/audit";
import { nameAuditTargets } from "@/lib/server/audit-targets";
import { requirePageUser } from "@/lib/server/auth/session";
import { projectFromQuery } from "@/lib/server/current-project";

export const metadata: Metadata = { title: "Audit log" };

const PAGE_ROWS = 500;

export default async function AuditPage({ searchParams }: PageArgs) {
  const user = await requirePageUser("admin", "/audit");
  const params = await searchParams;
  const [actions, actors, projectId] = await Promise.all([
    listAuditActions(),
    listAuditActors(),
    projectFromQuery(firstParam(params.project)),
  ]);
  const query = readAuditQuery(params, { actions, actors });
  const entries = await nameAuditTargets(await listAudit({ ...toAuditFilter(query), limit: PAGE_ROWS }));
  return (
    <ConsoleShell user={user} projectId={projectId}>
      <div className="mb-6">
        <h1 className="text-2xl font-semibold tracking-tight">Audit log</h1>
        <p className="mt-1 text-sm text-muted-foreground">
          Every change the console made: who, when, what, the request and how it ended. Newest first; times in
          UTC.
        </p>
      </div>
      <AuditFilter actions={actions} actors={actors} query={query} projectId={projectId} />
      <p className="mt-4 mb-2 text-sm text-muted-foreground" aria-live="polite">
        {entries.length === PAGE_ROWS
          ? `Showing the newest ${PAGE_ROWS} entries${isFiltered(query) ? " that match" : ""}; narrow the filters or export to see more.`
          : `${entries.length} ${entries.length === 1 ? "entry" : "entries"}${isFiltered(query) ? " match these filters" : ""}.`}
      </p>
      <AuditTable entries={entries} filtered={isFiltered(query)} />
    </ConsoleShell>
  );
}
