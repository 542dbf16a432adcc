"use client";

import { KeyRound, Trash2, UserCheck, UserX } from "lucide-react";
import { useAction } from "next-safe-action/hooks";
import { useState } from "react";

import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { CopyButton } from "@/components/wizard/copy-button";
import {
  disableUserAction,
  enableUserAction,
  removeUserAction,
  resetPasswordAction,
} from "@/lib/actions/users/manage-user";
import { toast } from "@/lib/toast";

import { ConfirmDialog } from "./confirm-dialog";

type Props = { userId: string; email: string; disabled: boolean; self: boolean };
type Asking = "disable" | "remove" | "reset" | null;

const failed = ({ error }: { error: { serverError?: string } }) =>
  toast.error(error.serverError ?? "The console could not finish this. Try again in a moment.");

export function UserActions({ userId, email, disabled, self }: Props) {
  const [asking, setAsking] = useState<Asking>(null);
  const [password, setPassword] = useState<string | null>(null);
  const done = (message: string) => () => {
    setAsking(null);
    toast.success(message);
  };
  const disable = useAction(disableUserAction, { onSuccess: done(`${email} is disabled.`), onError: failed });
  const enable = useAction(enableUserAction, {
    onSuccess: done(`${email} can sign in again.`),
    onError: failed,
  });
  const remove = useAction(removeUserAction, { onSuccess: done(`${email} was removed.`), onError: failed });
  const reset = useAction(resetPasswordAction, {
    onSuccess: ({ data }) => {
      setAsking(null);
      setPassword(data?.result ?? null);
    },
    onError: failed,
  });
  if (self) return <span className="text-xs text-muted-foreground">Another admin manages your account.</span>;
  return (
    <div className="flex flex-wrap gap-1">
      {disabled ? (
        <Button
          variant="ghost"
          size="sm"
          disabled={enable.isPending}
          onClick={() => enable.execute({ userId })}
        >
          <UserCheck aria-hidden /> Enable<span className="sr-only"> {email}</span>
        </Button>
      ) : (
        <Button variant="ghost" size="sm" onClick={() => setAsking("disable")}>
          <UserX aria-hidden /> Disable<span className="sr-only"> {email}</span>
        </Button>
      )}
      <Button variant="ghost" size="sm" onClick={() => setAsking("reset")}>
        <KeyRound aria-hidden /> Reset password<span className="sr-only"> of {email}</span>
      </Button>
      <Button
        variant="ghost"
        size="sm"
        className="text-danger hover:bg-danger-soft"
        onClick={() => setAsking("remove")}
      >
        <Trash2 aria-hidden /> Remove<span className="sr-only"> {email}</span>
      </Button>
      <ConfirmDialog
        open={asking === "disable"}
        title={`Disable ${email}?`}
        confirmLabel="Disable"
        cancelLabel="Keep access"
        pending={disable.isPending}
        onCancel={() => setAsking(null)}
        onConfirm={() => disable.execute({ userId })}
        danger
      >
        <p>
          They are signed out now and cannot sign in until an admin enables them again. Their role is kept.
        </p>
      </ConfirmDialog>
      <ConfirmDialog
        open={asking === "remove"}
        title={`Remove ${email}?`}
        confirmLabel="Remove user"
        cancelLabel="Keep the user"
        pending={remove.isPending}
        onCancel={() => setAsking(null)}
        onConfirm={() => remove.execute({ userId })}
        danger
      >
        <p>Their account and sessions are deleted. The audit log keeps what they did, under their email.</p>
      </ConfirmDialog>
      <ConfirmDialog
        open={asking === "reset"}
        title={`Reset the password of ${email}?`}
        confirmLabel="Reset password"
        cancelLabel="Cancel"
        pending={reset.isPending}
        onCancel={() => setAsking(null)}
        onConfirm={() => reset.execute({ userId })}
      >
        <p>Their current password stops working and they are signed out. You get a new one to give them.</p>
      </ConfirmDialog>
      <Dialog
        open={password !== null}
        onOpenChange={(open) => !open && setPassword(null)}
        title={`New password for ${email}`}
        description="Shown once: copy it now and give it to them over a channel you trust."
      >
        <code
          data-testid="new-password"
          className="block rounded-md border bg-muted px-3 py-2 font-mono text-sm break-all"
        >
          {password}
        </code>
        <div className="flex flex-wrap justify-end gap-2">
          <CopyButton text={password ?? ""} label="Copy password" />
          <Button onClick={() => setPassword(null)}>Done</Button>
        </div>
      </Dialog>
    </div>
  );
}
