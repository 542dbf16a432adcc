import type { ConsoleUserRow } from "@/lib/server/users";

import { RoleSelect } from "./role-select";

export function UsersTable({ users, currentUserId }: { users: ConsoleUserRow[]; currentUserId: string }) {
  return (
    <div className="h-fit overflow-x-auto rounded-lg border bg-card">
      <table className="w-full text-sm">
        <caption className="sr-only">Console users and their roles</caption>
        <thead className="border-b bg-muted/60 text-left text-xs text-muted-foreground">
          <tr>
            <th scope="col" className="px-4 py-2 font-medium">
              Name
            </th>
            <th scope="col" className="hidden px-4 py-2 font-medium sm:table-cell">
              Email
            </th>
            <th scope="col" className="px-4 py-2 font-medium">
              Role
            </th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id} className="border-b last:border-b-0">
              <td className="px-4 py-2.5 font-medium">
                {u.name}
                {u.id === currentUserId ? (
                  <span className="ml-1 text-xs text-muted-foreground">(you)</span>
                ) : null}
              </td>
              <td className="hidden px-4 py-2.5 text-muted-foreground sm:table-cell">{u.email}</td>
              <td className="px-4 py-2.5">
                <RoleSelect userId={u.id} email={u.email} role={u.role} disabled={u.id === currentUserId} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
