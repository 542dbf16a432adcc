"use client";

import { useAction } from "next-safe-action/hooks";
import { useState } from "react";

import { NativeSelect } from "@/components/ui/input";
import { setUserRoleAction } from "@/lib/actions/users/set-user-role";
import { ROLE_LABELS, ROLES, type Role } from "@/lib/auth/roles";
import { serverErrorText } from "@/lib/forms/server-errors";
import { toast } from "@/lib/toast";

import { ConfirmDialog } from "./confirm-dialog";

export function RoleSelect({
  userId,
  email,
  role,
  disabled,
}: {
  userId: string;
  email: string;
  role: Role;
  disabled: boolean;
}) {
  const [value, setValue] = useState<Role>(role);
  const [asking, setAsking] = useState(false);
  const { execute, isExecuting } = useAction(setUserRoleAction, {
    onSuccess: ({ data }) => {
      setAsking(false);
      toast.success(`${email} is now ${data ? ROLE_LABELS[data.user.role] : "updated"}.`);
    },
    onError: ({ error }) => {
      setAsking(false);
      setValue(role);
      toast.error(serverErrorText(error) ?? "Pick viewer, operator or admin.");
    },
  });
  const choose = (next: Role) => {
    setValue(next);
    // Admin is the one role that can manage users and delete caches: it is granted on purpose, never by a slip.
    if (next === "admin") setAsking(true);
    else execute({ userId, role: next });
  };
  return (
    <>
      <label className="block">
        <span className="sr-only">Role of {email}</span>
        <NativeSelect
          value={value}
          disabled={disabled || isExecuting}
          title={disabled ? "You cannot change your own role" : undefined}
          onChange={(e) => choose(e.target.value as Role)}
          className="h-8 w-36"
        >
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {ROLE_LABELS[r]}
            </option>
          ))}
        </NativeSelect>
      </label>
      <ConfirmDialog
        open={asking}
        title={`Make ${email} an admin?`}
        confirmLabel="Make admin"
        cancelLabel={`Keep ${ROLE_LABELS[role]}`}
        pending={isExecuting}
        onCancel={() => {
          setAsking(false);
          setValue(role);
        }}
        onConfirm={() => execute({ userId, role: "admin", confirmAdmin: true })}
      >
        <p>
          Admins can delete caches, manage users (including other admins) and read the audit log. Every change
          they make is recorded under their name.
        </p>
      </ConfirmDialog>
    </>
  );
}
