"use client";

import { useAction } from "next-safe-action/hooks";
import { useState } from "react";

import { Button } from "@/components/ui/button";
import { type DataColumn, DataCell, DataRow, DataTable } from "@/components/ui/data-table";
import { FieldError } from "@/components/ui/field-error";
import { Input, Label, NativeSelect } from "@/components/ui/input";
import { createTokenAction } from "@/lib/actions/tokens/create-token";
import { revokeTokenAction } from "@/lib/actions/tokens/revoke-token";
import { hasRole, ROLE_LABELS, ROLES, type Role } from "@/lib/auth/roles";
import { toast } from "@/lib/toast";

export type TokenRow = {
  id: string;
  name: string;
  userEmail: string;
  role: Role;
  projectId: string | null;
  createdAt: string;
  expiresAt: string | null;
  revokedAt: string | null;
  lastUsedAt: string | null;
};

type Props = {
  tokens: TokenRow[];
  me: { id: string; role: Role };
  /** For admins: the people a token can be made for. */
  users: { id: string; email: string; role: Role }[] | null;
  defaultProject: string | null;
};

const C: Record<string, DataColumn> = {
  name: { label: "Name" },
  user: { label: "User" },
  role: { label: "Role" },
  project: { label: "Project" },
  expires: { label: "Expires" },
  used: { label: "Last used" },
  state: { label: "" },
};
const text = (form: FormData, key: string): string => {
  const value = form.get(key);
  return typeof value === "string" ? value : "";
};
const utc = (iso: string | null, none: string) => (iso ? `${iso.slice(0, 16).replace("T", " ")} UTC` : none);

export function TokensManager({ tokens, me, users, defaultProject }: Props) {
  const [shown, setShown] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const create = useAction(createTokenAction, {
    onSuccess: ({ data }) => {
      setShown(data?.token ?? null);
      setError(null);
    },
    onError: ({ error: e }) =>
      setError(e.serverError ?? "Check the fields: a name, a role, and 0 to 365 days."),
  });
  const revoke = useAction(revokeTokenAction, {
    onSuccess: () => toast.success("Token revoked: calls with it are refused from now on."),
    onError: ({ error: e }) => toast.error(e.serverError ?? "The token could not be revoked."),
  });
  const [owner, setOwner] = useState(me.id);
  const ownerRole = users?.find((u) => u.id === owner)?.role ?? me.role;

  function submit(form: FormData) {
    setShown(null);
    create.execute({
      name: text(form, "name"),
      role: (text(form, "role") || "viewer") as Role,
      projectId: text(form, "projectId"),
      expiresInDays: Number(form.get("expiresInDays") ?? 0),
      userId: owner,
    });
  }

  return (
    <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <div className="flex flex-col gap-4">
        {shown ? (
          <div role="status" className="rounded-lg border border-primary/40 bg-card p-4">
            <p className="font-medium">Copy the token now: it is shown only this once.</p>
            <code data-testid="new-token" className="mt-2 block rounded bg-muted p-2 text-sm break-all">
              {shown}
            </code>
          </div>
        ) : null}
        {tokens.length === 0 ? (
          <p className="text-sm text-muted-foreground">No tokens yet.</p>
        ) : (
          <DataTable caption="Personal access tokens" columns={Object.values(C)}>
            {tokens.map((t) => (
              <DataRow key={t.id} data-token-id={t.id}>
                <DataCell column={C.name!} className="font-medium">
                  {t.name}
                  <span className="block text-xs text-muted-foreground">{t.id}</span>
                </DataCell>
                <DataCell column={C.user!} className="break-all">
                  {t.userEmail}
                </DataCell>
                <DataCell column={C.role!}>{ROLE_LABELS[t.role]}</DataCell>
                <DataCell column={C.project!}>{t.projectId ?? "All"}</DataCell>
                <DataCell column={C.expires!}>{utc(t.expiresAt, "Never")}</DataCell>
                <DataCell column={C.used!}>{utc(t.lastUsedAt, "Not yet")}</DataCell>
                <DataCell column={C.state!}>
                  {t.revokedAt ? (
                    <span className="text-muted-foreground">Revoked</span>
                  ) : (
                    <Button
                      variant="secondary"
                      size="sm"
                      disabled={revoke.isExecuting}
                      onClick={() => revoke.execute({ tokenId: t.id })}
                      aria-label={`Revoke ${t.name}`}
                    >
                      Revoke
                    </Button>
                  )}
                </DataCell>
              </DataRow>
            ))}
          </DataTable>
        )}
      </div>
      <form action={submit} className="flex h-fit flex-col gap-3 rounded-lg border bg-card p-4">
        <h2 className="font-semibold">Create a token</h2>
        {users ? (
          <div className="flex flex-col gap-1.5">
            <Label htmlFor="token-user">For</Label>
            <NativeSelect id="token-user" value={owner} onChange={(e) => setOwner(e.target.value)}>
              {users.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.email}
                </option>
              ))}
            </NativeSelect>
          </div>
        ) : null}
        <div className="flex flex-col gap-1.5">
          <Label htmlFor="token-name">Name</Label>
          <Input id="token-name" name="name" required maxLength={100} placeholder="ci-prod" />
        </div>
        <div className="flex flex-col gap-1.5">
          <Label htmlFor="token-role">Role</Label>
          <NativeSelect id="token-role" name="role" defaultValue="viewer" aria-describedby="token-role-help">
            {ROLES.filter((r) => hasRole(ownerRole, r)).map((r) => (
              <option key={r} value={r}>
                {ROLE_LABELS[r]}
              </option>
            ))}
          </NativeSelect>
          <p id="token-role-help" className="text-xs text-muted-foreground">
            At most the user&apos;s own role, checked again at every call.
          </p>
        </div>
        <div className="flex flex-col gap-1.5">
          <Label htmlFor="token-project">Only project (empty: all)</Label>
          <Input id="token-project" name="projectId" defaultValue={defaultProject ?? ""} maxLength={100} />
        </div>
        <div className="flex flex-col gap-1.5">
          <Label htmlFor="token-days">Expires after (days, 0: never)</Label>
          <Input id="token-days" name="expiresInDays" type="number" min={0} max={365} defaultValue={90} />
        </div>
        <div role="alert" aria-live="polite" className="empty:hidden">
          {error ? <FieldError id="token-error">{error}</FieldError> : null}
        </div>
        <Button type="submit" disabled={create.isExecuting}>
          {create.isExecuting ? "Creating…" : "Create token"}
        </Button>
      </form>
    </div>
  );
}
