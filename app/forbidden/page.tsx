import { ShieldX } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";

import { ConsoleShell } from "@/components/layout/console-shell";
import { buttonVariants } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { requirePageUser } from "@/lib/server/auth/session";

export const metadata: Metadata = { title: "Not allowed" };

export default async function ForbiddenPage() {
  const user = await requirePageUser("viewer", "/forbidden");
  return (
    <ConsoleShell user={user}>
      <EmptyState
        icon={<ShieldX className="size-6" aria-hidden />}
        title="Your role cannot open this page"
        description={`You are signed in as ${user.email} with the ${ROLE_LABELS[user.role]} role. Ask a console admin if you need more access.`}
        action={
          <Link href="/" className={buttonVariants()}>
            Back to caches
          </Link>
        }
      />
    </ConsoleShell>
  );
}
