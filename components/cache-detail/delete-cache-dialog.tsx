"use client";

import { Trash2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import { useState } from "react";

import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { deleteCacheAction } from "@/lib/actions/caches/delete-cache";
import { markDeleting } from "@/lib/queries/pending-deletes";

import { useOperationCallbacks } from "./use-cache-operation";

type DeleteProps = { projectId: string; cacheId: string; tableLabel: string };

export function DeleteCacheDialog({ projectId, cacheId, tableLabel }: DeleteProps) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const overview = `/projects/${encodeURIComponent(projectId)}/caches`;
  const callbacks = useOperationCallbacks(projectId, () => {
    setOpen(false);
    router.replace(overview);
  });
  const remove = useAction(deleteCacheAction, {
    ...callbacks,
    onExecute: () => markDeleting(cacheId, true),
    onError: (result) => {
      markDeleting(cacheId, false);
      callbacks.onError(result);
    },
  });
  return (
    <>
      <Button variant="ghost" className="text-danger hover:bg-danger-soft" onClick={() => setOpen(true)}>
        <Trash2 aria-hidden /> Delete cache
      </Button>
      <Dialog
        open={open}
        onOpenChange={(next) => !remove.isPending && setOpen(next)}
        title={`Delete the cache of ${tableLabel}?`}
        description="This cannot be undone."
      >
        <div className="space-y-2 text-sm">
          <p>
            Peaka stops the schedules of{" "}
            <span className="font-semibold [overflow-wrap:anywhere]">{tableLabel}</span> and drops its cached
            data and its run history for good.
          </p>
          <p className="text-muted-foreground">
            The source table is not touched; you can create a new cache for it later.
          </p>
        </div>
        <div className="flex flex-wrap justify-end gap-2">
          <Button variant="secondary" onClick={() => setOpen(false)} disabled={remove.isPending}>
            Keep the cache
          </Button>
          <Button
            variant="danger"
            onClick={() => remove.execute({ projectId, cacheId })}
            disabled={remove.isPending}
          >
            {remove.isPending ? "Deleting…" : "Delete cache and data"}
          </Button>
        </div>
      </Dialog>
    </>
  );
}
