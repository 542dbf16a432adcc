"use client";

import { useQueryClient } from "@tanstack/react-query";
import { Gauge } from "lucide-react";
import { useAction } from "next-safe-action/hooks";
import { useState } from "react";

import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { serverErrorText } from "@/lib/forms/server-errors";
import { setFreshnessTargetAction } from "@/lib/actions/freshness/set-freshness-target";
import { freshnessTargetSchema } from "@/lib/schemas/freshness";
import { toast } from "@/lib/toast";
import type { FreshnessTarget } from "@/lib/types";

import { TargetFields, targetErrors } from "./target-fields";

type Props = {
  projectId: string;
  /** The caches to set; empty sets the project default. */
  cacheIds: string[];
  /** What they are judged by now (prefills the form). */
  current: FreshnessTarget | null;
  /** "this cache", "3 caches", "the project default". */
  subject: string;
  size?: "sm" | "md";
  label?: string;
  onDone?: () => void;
};

/** Sets warn-after / error-after (ISO-8601) for one cache, a selection, or the project default. */
export function TargetDialog({
  projectId,
  cacheIds,
  current,
  subject,
  size = "md",
  label = "Freshness target",
  onDone,
}: Props) {
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState({ warnAfter: "", errorAfter: "" });
  const [showErrors, setShowErrors] = useState(false);
  const save = useAction(setFreshnessTargetAction, {
    onSuccess: ({ data }) => {
      toast.success(
        data?.cleared
          ? `Freshness target for ${subject} back to the default.`
          : `Freshness target set for ${subject}.`,
      );
      void queryClient.invalidateQueries({ queryKey: ["projects", projectId, "caches"] });
      setOpen(false);
      onDone?.();
    },
    onError: ({ error }) =>
      toast.error(serverErrorText(error) ?? "The console could not save the target. Try again in a moment."),
  });
  const parsed = freshnessTargetSchema.safeParse(draft);

  function openDialog() {
    save.reset();
    setDraft({ warnAfter: current?.warnAfter ?? "PT2H", errorAfter: current?.errorAfter ?? "PT6H" });
    setShowErrors(false);
    setOpen(true);
  }

  return (
    <>
      <Button variant="secondary" size={size} onClick={openDialog} disabled={save.isPending}>
        <Gauge aria-hidden /> {label}
      </Button>
      <Dialog
        open={open}
        onOpenChange={(next) => !save.isPending && setOpen(next)}
        title={`Freshness target for ${subject}`}
        description="Data age is the time since the last successful sync ended. ISO-8601 durations, read like the schedules."
      >
        <form
          noValidate
          className="space-y-4"
          onSubmit={(event) => {
            event.preventDefault();
            setShowErrors(true);
            if (parsed.success) save.execute({ projectId, cacheIds, target: parsed.data });
          }}
        >
          <TargetFields draft={draft} onChange={setDraft} errors={showErrors ? targetErrors(draft) : null} />
          <div className="flex flex-wrap justify-end gap-2">
            {current && current.source !== "derived" ? (
              <Button
                variant="ghost"
                disabled={save.isPending}
                onClick={() => save.execute({ projectId, cacheIds, target: null })}
              >
                Use the default
              </Button>
            ) : null}
            <Button variant="secondary" onClick={() => setOpen(false)} disabled={save.isPending}>
              Cancel
            </Button>
            <Button type="submit" disabled={save.isPending}>
              {save.isPending ? "Saving…" : "Save target"}
            </Button>
          </div>
        </form>
      </Dialog>
    </>
  );
}
