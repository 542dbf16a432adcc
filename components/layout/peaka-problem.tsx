import { CloudOff } from "lucide-react";
import Link from "next/link";

import { buttonVariants } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

export function PeakaProblem({ message, retryHref }: { message: string; retryHref: string }) {
  return (
    <EmptyState
      icon={<CloudOff className="size-6" aria-hidden />}
      title="Peaka could not be reached"
      description={message}
      action={
        <Link href={retryHref} className={buttonVariants({ variant: "secondary" })}>
          Try again
        </Link>
      }
    />
  );
}
