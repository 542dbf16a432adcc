import { BreakableEmail } from "@/components/ui/breakable-email";
import { type DataColumn, DataCell, DataRow, DataTable } from "@/components/ui/data-table";
import type { ConsoleUserRow } from "@/lib/server/users";

import { RoleSelect } from "./role-select";

const COLUMNS = {
  name: { label: "Name" },
  email: { label: "Email" },
  role: { label: "Role", wide: true },
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
        </DataRow>
      ))}
    </DataTable>
  );
}
