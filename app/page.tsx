import { Database } from "lucide-react";
import Link from "next/link";

import { AppShell } from "@/components/layout/app-shell";
import { buttonVariants } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

export default function HomePage() {
  return (
    <AppShell nav={[{ href: "/", label: "Caches", exact: true }]}>
      <EmptyState
        icon={<Database className="size-6" aria-hidden />}
        title="Welcome to Cache Console"
        description="See what Peaka has cached, how fresh it is and what failed; provision new caches with a guided wizard."
        action={
          <Link href="/" className={buttonVariants()}>
            Open caches
          </Link>
        }
      />
    </AppShell>
  );
}
