import { Badge } from "@/components/ui/badge";
import { BreakableEmail } from "@/components/ui/breakable-email";
import { type DataColumn, DataCell, DataRow, DataTable } from "@/components/ui/data-table";
import type { ConsoleUserRow } from "@/lib/server/users";

import { RoleSelect } from "./role-select";
import { UserActions } from "./user-actions";

const COLUMNS = {
  name: { label: "Name" },
  email: { label: "Email" },
  role: { label: "Role" },
  access: { label: "Access", wide: true },
} satisfies Record<string, DataColumn>;

export function UsersTable({ users, currentUserId }: { users: ConsoleUserRow[]; currentUserId: string }) {
  return (
    <DataTable caption="Console users and their roles" columns={Object.values(COLUMNS)} className="h-fit">
      {users.map((u) => (
        <DataRow key={u.id}>
          <DataCell column={COLUMNS.name} className="font-medium">
            {u.name}
            {u.id === currentUserId ? (
              <span className="ml-1 text-xs text-muted-foreground">(you)</span>
            ) : null}
          </DataCell>
          <DataCell column={COLUMNS.email} className="text-muted-foreground">
            <BreakableEmail email={u.email} />
          </DataCell>
          <DataCell column={COLUMNS.role}>
            <RoleSelect userId={u.id} email={u.email} role={u.role} disabled={u.id === currentUserId} />
          </DataCell>
          <DataCell column={COLUMNS.access}>
            {u.disabled ? (
              <Badge tone="warning" className="mb-1">
                Disabled
              </Badge>
            ) : null}
            <UserActions userId={u.id} email={u.email} disabled={u.disabled} self={u.id === currentUserId} />
          </DataCell>
        </DataRow>
      ))}
    </DataTable>
  );
}
