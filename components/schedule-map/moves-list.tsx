"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useAction } from "next-safe-action/hooks";

import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { DataCell, DataRow, DataTable, type DataColumn } from "@/components/ui/data-table";
import { cancelMoveAction } from "@/lib/actions/schedule-map/cancel-move";
import { serverErrorText } from "@/lib/forms/server-errors";
import { scheduleMapQueryKey } from "@/lib/queries/schedule-map";
import { momentUtc, type MapCache, type MapMove } from "@/lib/schedule-map";
import { toast } from "@/lib/toast";

const COLUMNS: DataColumn[] = [
  { label: "Cache", wide: true },
  { label: "Run" },
  { label: "Re-apply at" },
  { label: "State", wide: true },
  { label: "Actions" },
];
const TONE = {
  pending: "info",
  applying: "info",
  done: "success",
  failed: "danger",
  cancelled: "neutral",
} as const;
const WORD = {
  pending: "Pending",
  applying: "Applying",
  done: "Done",
  failed: "Failed",
  cancelled: "Cancelled",
};

export function MovesList({
  projectId,
  moves,
  caches,
  canOperate,
}: {
  projectId: string;
  moves: readonly MapMove[];
  caches: readonly MapCache[];
  canOperate: boolean;
}) {
  const queryClient = useQueryClient();
  const cancel = useAction(cancelMoveAction, {
    onSuccess: ({ data }) => {
      toast.success(data?.message ?? "Move cancelled.");
      void queryClient.invalidateQueries({ queryKey: scheduleMapQueryKey(projectId) });
    },
    onError: ({ error }) =>
      toast.error(serverErrorText(error) ?? "The move could not be cancelled. Try again."),
  });
  const label = (id: string) => caches.find((c) => c.id === id)?.label ?? id;
  return (
    <DataTable caption="Schedule moves" columns={COLUMNS}>
      {moves.map((move) => (
        <DataRow key={move.id}>
          <DataCell column={COLUMNS[0]!} className="font-mono text-xs break-all">
            {label(move.cacheId)}
          </DataCell>
          <DataCell column={COLUMNS[1]!}>{move.kind === "full" ? "Full refresh" : "Incremental"}</DataCell>
          <DataCell column={COLUMNS[2]!} className="whitespace-nowrap">
            {momentUtc(Date.parse(move.applyAt))}
          </DataCell>
          <DataCell column={COLUMNS[3]!}>
            <Badge tone={TONE[move.status]}>{WORD[move.status]}</Badge>
            {move.detail ? <span className="ml-2 text-xs text-muted-foreground">{move.detail}</span> : null}
          </DataCell>
          <DataCell column={COLUMNS[4]!}>
            {canOperate && move.status === "pending" ? (
              <Button
                size="sm"
                variant="secondary"
                disabled={cancel.isPending}
                onClick={() => cancel.execute({ projectId, moveId: move.id })}
              >
                Cancel<span className="sr-only"> the move of {label(move.cacheId)}</span>
              </Button>
            ) : null}
          </DataCell>
        </DataRow>
      ))}
    </DataTable>
  );
}
