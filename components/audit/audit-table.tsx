import { ScrollText } from "lucide-react";

import { RelativeTime } from "@/components/caches/relative-time";
import { Badge } from "@/components/ui/badge";
import { BreakableEmail } from "@/components/ui/breakable-email";
import { type DataColumn, DataCell, DataRow, DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import type { AuditEntry } from "@/lib/server/audit";

const COLUMNS = {
  when: { label: "When" },
  who: { label: "Who" },
  action: { label: "Action" },
  outcome: { label: "Outcome" },
  target: { label: "Target", wide: true },
  request: { label: "Request", wide: true },
} satisfies Record<string, DataColumn>;

const TONE = { success: "success", partial: "warning", failure: "danger", refused: "warning" } as const;

const utc = (iso: string) => `${iso.slice(0, 19).replace("T", " ")} UTC`;

export function AuditTable({ entries, filtered = false }: { entries: AuditEntry[]; filtered?: boolean }) {
  if (entries.length === 0 && filtered) {
    return (
      <EmptyState
        icon={<ScrollText className="size-6" aria-hidden />}
        title="No entries match these filters"
        description="Widen the time range or clear a filter."
      />
    );
  }
  if (entries.length === 0) {
    return (
      <EmptyState
        icon={<ScrollText className="size-6" aria-hidden />}
        title="Nothing recorded yet"
        description="Changes made through the console, such as creating caches or changing roles, appear here."
      />
    );
  }
  return (
    <DataTable
      caption="Audit log, newest first"
      columns={Object.values(COLUMNS)}
      className="sm:[&_table]:min-w-[48rem]"
    >
      {entries.map((e) => (
        <DataRow key={e.id}>
          <DataCell column={COLUMNS.when} className="sm:whitespace-nowrap">
            <time dateTime={e.at} className="font-mono text-xs">
              {utc(e.at)}
            </time>
            <div className="text-xs text-muted-foreground">
              <RelativeTime iso={e.at} />
            </div>
          </DataCell>
          <DataCell column={COLUMNS.who}>
            <div>
              <BreakableEmail email={e.actorEmail} />
            </div>
            <div className="text-xs text-muted-foreground">{e.actorRole}</div>
          </DataCell>
          <DataCell column={COLUMNS.action} className="font-mono text-xs">
            {e.action}
          </DataCell>
          <DataCell column={COLUMNS.outcome}>
            <Badge tone={TONE[e.outcome as keyof typeof TONE] ?? "neutral"}>{e.outcome}</Badge>
            {e.detail ? (
              <div className="mt-1 text-xs [overflow-wrap:anywhere] whitespace-pre-line text-muted-foreground sm:max-w-72">
                {e.detail}
              </div>
            ) : null}
          </DataCell>
          <DataCell column={COLUMNS.target} className="[overflow-wrap:anywhere] sm:max-w-56">
            {e.target}
            {e.projectId ? <div className="text-xs text-muted-foreground">project {e.projectId}</div> : null}
          </DataCell>
          <DataCell column={COLUMNS.request} className="sm:max-w-72">
            <code
              className="line-clamp-3 font-mono text-xs break-all text-muted-foreground"
              title={e.request}
            >
              {e.request}
            </code>
          </DataCell>
        </DataRow>
      ))}
    </DataTable>
  );
}
