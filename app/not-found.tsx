import { SearchX } from "lucide-react";
import Link from "next/link";

import { AppShell } from "@/components/layout/app-shell";
import { buttonVariants } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

export default function NotFound() {
  return (
    <AppShell>
      <EmptyState
        icon={<SearchX className="size-6" aria-hidden />}
        title="Page not found"
        description="There is nothing at this address. It may have been deleted, or the link may be mistyped."
        action={
          <Link href="/" className={buttonVariants()}>
            Back to the console
          </Link>
        }
      />
    </AppShell>
  );
}
