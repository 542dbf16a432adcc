import { auditCsv } from "@/lib/audit/audit-csv";
import { readAuditQuery, toAuditFilter } from "@/lib/audit/audit-query";
import { listAudit, listAuditActions, listAuditActors } from "@/lib/server/audit";
import { nameAuditTargets } from "@/lib/server/audit-targets";
import { withUser } from "@/lib/server/auth/route-guard";

export const dynamic = "force-dynamic";

/** A spreadsheet holds this comfortably; an export asks for a narrower filter beyond it. */
const MAX_EXPORT_ROWS = 10_000;

/** The audit log as CSV, with the page's filters; admins only, and the session is checked before any read. */
export const GET = withUser<Record<string, never>>("admin", async (request) => {
  const [actions, actors] = await Promise.all([listAuditActions(), listAuditActors()]);
  const query = readAuditQuery(new URL(request.url).searchParams, { actions, actors });
  const entries = await nameAuditTargets(
    await listAudit({ ...toAuditFilter(query), limit: MAX_EXPORT_ROWS }),
  );
  const day = new Date().toISOString().slice(0, 10);
  return new Response(auditCsv(entries), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="audit-log-${day}.csv"`,
      "cache-control": "no-store",
    },
  });
});
