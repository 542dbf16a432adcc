import { Badge } from "@/components/ui/badge";
import type { CacheAction } from "@/lib/types";

import { formatDateTime, KIND_LABEL } from "./format-run";

const SHOWN = 20;

export function ActionLog({ actions }: { actions: CacheAction[] }) {
  return (
    <section aria-labelledby="actions-heading" className="space-y-3 rounded-lg border bg-card p-4">
      <div>
        <h2 id="actions-heading" className="font-semibold">
          Action log
        </h2>
        <p className="text-sm text-muted-foreground">
          What Peaka did with this cache, and whether a schedule started it or it was asked for (creating the
          cache, Run now).
        </p>
      </div>
      {actions.length === 0 ? (
        <p className="text-sm text-muted-foreground">Nothing recorded yet.</p>
      ) : (
        <ol className="divide-y text-sm">
          {actions.slice(0, SHOWN).map((a, index) => (
            <li key={`${a.at ?? ""}-${index}`} className="flex flex-wrap items-baseline gap-x-3 gap-y-1 py-2">
              <span className="w-36 shrink-0 text-muted-foreground tabular-nums">{formatDateTime(a.at)}</span>
              <Badge tone={a.scheduled ? "neutral" : "accent"}>
                {a.scheduled ? "Scheduled" : "On demand"}
              </Badge>
              <span className="font-medium">{KIND_LABEL[a.kind]}</span>
              <span className="min-w-0 basis-full text-muted-foreground sm:flex-1 sm:basis-0">
                {a.message || a.action}
              </span>
            </li>
          ))}
        </ol>
      )}
      {actions.length > SHOWN ? (
        <p className="text-xs text-muted-foreground">
          Showing the latest {SHOWN} of {actions.length} entries.
        </p>
      ) : null}
    </section>
  );
}
