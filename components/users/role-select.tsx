"use client";

import { useAction } from "next-safe-action/hooks";

import { NativeSelect } from "@/components/ui/input";
import { setUserRoleAction } from "@/lib/actions/users/set-user-role";
import { ROLE_LABELS, ROLES, type Role } from "@/lib/auth/roles";
import { toast } from "@/lib/toast";

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
  const { execute, isExecuting } = useAction(setUserRoleAction, {
    onSuccess: ({ data }) =>
      toast.success(`${email} is now ${data ? ROLE_LABELS[data.user.role] : "updated"}.`),
    onError: ({ error }) => toast.error(error.serverError ?? "Pick viewer, operator or admin."),
  });
  return (
    <label className="block">
      <span className="sr-only">Role of {email}</span>
      <NativeSelect
        defaultValue={role}
        disabled={disabled || isExecuting}
        title={disabled ? "You cannot change your own role" : undefined}
        onChange={(e) => execute({ userId, role: e.target.value as Role })}
        className="h-8 w-36"
      >
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {ROLE_LABELS[r]}
          </option>
        ))}
      </NativeSelect>
    </label>
  );
}
