"use client";

import { useRouter } from "next/navigation";

import { NativeSelect } from "@/components/ui/input";

export function AuditFilter({ actions, current }: { actions: string[]; current: string }) {
  const router = useRouter();
  return (
    <div className="flex items-center gap-2 text-sm">
      <span className="text-muted-foreground" aria-hidden>
        Action
      </span>
      <NativeSelect
        aria-label="Filter by action"
        value={current}
        className="w-56"
        onChange={(e) =>
          router.push(e.target.value ? `/audit?action=${encodeURIComponent(e.target.value)}` : "/audit")
        }
      >
        <option value="">All actions</option>
        {actions.map((a) => (
          <option key={a} value={a}>
            {a}
          </option>
        ))}
      </NativeSelect>
    </div>
  );
}
