"use client";

import { LogOut, UserRound } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { Button } from "@/components/ui/button";
import { loadAuthClient } from "@/lib/auth/load-auth-client";
import { ROLE_LABELS, type Role } from "@/lib/auth/roles";
import { toast } from "@/lib/toast";

export function UserMenu({ name, email, role }: { name: string; email: string; role: Role }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  async function signOut() {
    setPending(true);
    const authClient = await loadAuthClient().catch(() => null);
    if (!authClient) {
      setPending(false);
      toast.error("The console could not sign you out. Check your connection and try again.");
      return;
    }
    await authClient.signOut();
    router.replace("/sign-in");
    router.refresh();
  }
  return (
    <div className="flex items-center gap-2">
      <div className="hidden text-right leading-tight sm:block" title={email}>
        <div className="max-w-40 truncate text-sm font-medium">{name}</div>
        <div className="text-xs text-muted-foreground">{ROLE_LABELS[role]}</div>
      </div>
      <span
        className="grid size-8 place-items-center rounded-full bg-accent text-accent-foreground sm:hidden"
        title={`${name} (${ROLE_LABELS[role]})`}
      >
        <UserRound className="size-4" aria-hidden />
        <span className="sr-only">
          {name}, {ROLE_LABELS[role]}
        </span>
      </span>
      <Button variant="ghost" size="sm" onClick={() => void signOut()} disabled={pending}>
        <LogOut aria-hidden />
        <span className="hidden sm:inline">Sign out</span>
        <span className="sr-only sm:hidden">Sign out</span>
      </Button>
    </div>
  );
}
