import { CheckCircle2, XCircle } from "lucide-react";

import { Button } from "@/components/ui/button";
import type { BulkItemResult } from "@/lib/schemas/cache-operations";

type BulkResultsProps = {
  verb: string;
  items: BulkItemResult[];
  labelFor: (cacheId: string) => string;
  onDismiss: () => void;
};

export function BulkResults({ verb, items, labelFor, onDismiss }: BulkResultsProps) {
  return (
    <section aria-label={`${verb} results`} className="space-y-2 rounded-lg border bg-card p-3 text-sm">
      <div className="flex items-center justify-between gap-3">
        <h2 className="font-semibold">{verb}: result per cache</h2>
        <Button size="sm" variant="ghost" onClick={onDismiss}>
          Dismiss
        </Button>
      </div>
      <ul className="divide-y">
        {items.map((item) => (
          <li
            key={item.cacheId}
            data-result={item.ok ? "ok" : "failed"}
            className="flex items-start gap-2 py-1.5"
          >
            {item.ok ? (
              <CheckCircle2 className="mt-0.5 size-4 shrink-0 text-success" aria-label="Done" />
            ) : (
              <XCircle className="mt-0.5 size-4 shrink-0 text-danger" aria-label="Failed" />
            )}
            <span className="min-w-0 font-medium [overflow-wrap:anywhere]">{labelFor(item.cacheId)}</span>
            <span className="min-w-0 flex-1 text-muted-foreground">{item.message}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
