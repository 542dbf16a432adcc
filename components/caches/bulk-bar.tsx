"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useAction } from "next-safe-action/hooks";
import { useRef, useState } from "react";

import { TargetDialog } from "@/components/freshness/target-dialog";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { serverErrorText } from "@/lib/forms/server-errors";
import { bulkOperateAction } from "@/lib/actions/caches/bulk-operate";
import { tableIdentity } from "@/lib/caches/overview-state";
import type { BulkItemResult } from "@/lib/schemas/cache-operations";
import { toast } from "@/lib/toast";
import type { CacheSummary } from "@/lib/types";

import { fullRefreshConfirmation } from "./bulk-confirm";
import { BulkResults } from "./bulk-results";

type Operation = "run-full" | "pause" | "resume" | "delete";

const VERBS: Record<Operation, string> = {
  "run-full": "Refresh",
  pause: "Pause",
  resume: "Resume",
  delete: "Delete",
};

type BulkBarProps = {
  projectId: string;
  selected: CacheSummary[];
  canDelete: boolean;
  onClear: () => void;
};

/** Acts on every selected cache and reports the outcome of each one. */
export function BulkBar({ projectId, selected, canDelete, onClear }: BulkBarProps) {
  const queryClient = useQueryClient();
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [confirmFull, setConfirmFull] = useState(false);
  const [results, setResults] = useState<{
    operation: Operation;
    items: BulkItemResult[];
    labels: Map<string, string>;
  } | null>(null);
  const sent = useRef(new Map<string, string>());
  const [last, setLast] = useState<Operation>("run-full");
  const bulk = useAction(bulkOperateAction, {
    onSuccess: ({ data }) => {
      const items = data?.results ?? [];
      const failed = items.filter((r) => !r.ok).length;
      const text = `${VERBS[last]}: ${items.length - failed} of ${items.length} caches done`;
      if (failed) toast.warning(`${text}; ${failed} failed. See the results.`);
      else toast.success(`${text}.`);
      setResults({ operation: last, items, labels: sent.current });
      setConfirmDelete(false);
      setConfirmFull(false);
      onClear();
      void queryClient.invalidateQueries({ queryKey: ["projects", projectId, "caches"] });
    },
    onError: ({ error }) => {
      toast.error(serverErrorText(error) ?? "The console could not finish this. Try again in a moment.");
    },
  });
  const labels = new Map(selected.map((c) => [c.id, tableIdentity(c)]));
  const selectedList = (
    <ul className="max-h-48 list-disc overflow-y-auto pl-5 text-sm [overflow-wrap:anywhere]">
      {selected.map((c) => (
        <li key={c.id}>{labels.get(c.id)}</li>
      ))}
    </ul>
  );
  function run(operation: Operation) {
    setLast(operation);
    sent.current = labels;
    bulk.execute({ projectId, operation, cacheIds: selected.map((c) => c.id) });
  }
  return (
    <>
      {selected.length > 0 ? (
        <div
          role="region"
          aria-label="Bulk actions"
          className="flex flex-wrap items-center gap-2 rounded-lg border bg-accent px-3 py-2 text-sm"
        >
          <span className="font-medium">{selected.length} selected</span>
          {(["run-full", "pause", "resume"] as const).map((op) => (
            <Button
              key={op}
              size="sm"
              variant="secondary"
              disabled={bulk.isPending}
              onClick={() => (op === "run-full" ? setConfirmFull(true) : run(op))}
            >
              {bulk.isPending && last === op ? `${VERBS[op]}…` : VERBS[op]}
            </Button>
          ))}
          <TargetDialog
            projectId={projectId}
            cacheIds={selected.map((c) => c.id)}
            current={selected[0]?.freshnessTarget ?? null}
            subject={`${selected.length} ${selected.length === 1 ? "cache" : "caches"}`}
            size="sm"
            onDone={onClear}
          />
          {canDelete ? (
            <Button
              size="sm"
              variant="danger"
              disabled={bulk.isPending}
              onClick={() => setConfirmDelete(true)}
            >
              Delete
            </Button>
          ) : null}
          <Button size="sm" variant="ghost" onClick={onClear} className="ml-auto">
            Clear selection
          </Button>
        </div>
      ) : null}
      <Dialog
        open={confirmDelete}
        onOpenChange={(open) => !bulk.isPending && setConfirmDelete(open)}
        title={`Delete ${selected.length} ${selected.length === 1 ? "cache" : "caches"}?`}
        description="Peaka drops the cached data and the run history of each one for good. This cannot be undone."
      >
        {selectedList}
        <div className="flex flex-wrap justify-end gap-2">
          <Button variant="secondary" onClick={() => setConfirmDelete(false)} disabled={bulk.isPending}>
            Keep them
          </Button>
          <Button variant="danger" onClick={() => run("delete")} disabled={bulk.isPending}>
            {bulk.isPending ? "Deleting…" : "Delete caches and data"}
          </Button>
        </div>
      </Dialog>
      <Dialog
        open={confirmFull}
        onOpenChange={(open) => !bulk.isPending && setConfirmFull(open)}
        {...fullRefreshConfirmation(selected)}
      >
        {selectedList}
        <div className="flex flex-wrap justify-end gap-2">
          <Button variant="secondary" onClick={() => setConfirmFull(false)} disabled={bulk.isPending}>
            Cancel
          </Button>
          <Button onClick={() => run("run-full")} disabled={bulk.isPending}>
            {bulk.isPending ? "Starting…" : "Run full refreshes"}
          </Button>
        </div>
      </Dialog>
      {results ? (
        <BulkResults
          verb={VERBS[results.operation]}
          items={results.items}
          labelFor={(id) => results.labels.get(id) ?? id}
          onDismiss={() => setResults(null)}
        />
      ) : null}
    </>
  );
}
