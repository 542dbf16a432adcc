import { ScrollText } from "lucide-react";

import { RelativeTime } from "@/components/caches/relative-time";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import type { AuditEntry } from "@/lib/server/audit";

const TONE = { success: "success", failure: "danger", refused: "warning" } as const;

export function AuditTable({ entries }: { entries: AuditEntry[] }) {
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
    <div className="overflow-x-auto rounded-lg border bg-card">
      <table className="w-full min-w-[48rem] text-sm">
        <caption className="sr-only">Audit log, newest first</caption>
        <thead className="border-b bg-muted/60 text-left text-xs text-muted-foreground">
          <tr>
            {["When", "Who", "Action", "Target", "Outcome", "Request"].map((h) => (
              <th key={h} scope="col" className="px-4 py-2 font-medium">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.id} className="border-b align-top last:border-b-0">
              <td className="px-4 py-2.5 whitespace-nowrap">
                <RelativeTime iso={e.at} />
              </td>
              <td className="px-4 py-2.5">
                <div>{e.actorEmail}</div>
                <div className="text-xs text-muted-foreground">{e.actorRole}</div>
              </td>
              <td className="px-4 py-2.5 font-mono text-xs">{e.action}</td>
              <td className="max-w-56 px-4 py-2.5 break-words">
                {e.target}
                {e.projectId ? (
                  <div className="text-xs text-muted-foreground">project {e.projectId}</div>
                ) : null}
              </td>
              <td className="px-4 py-2.5">
                <Badge tone={TONE[e.outcome as keyof typeof TONE] ?? "neutral"}>{e.outcome}</Badge>
                {e.detail ? (
                  <div className="mt-1 max-w-64 text-xs text-muted-foreground">{e.detail}</div>
                ) : null}
              </td>
              <td className="max-w-72 px-4 py-2.5">
                <code
                  className="line-clamp-3 font-mono text-xs break-all text-muted-foreground"
                  title={e.request}
                >
                  {e.request}
                </code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
