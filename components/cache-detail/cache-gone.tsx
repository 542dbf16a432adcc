import { SearchX } from "lucide-react";
import Link from "next/link";

import { buttonVariants } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

export function CacheGone({ overview }: { overview: string }) {
  return (
    <EmptyState
      icon={<SearchX className="size-6" aria-hidden />}
      title="Cache not found"
      description="This cache does not exist in this project any more. It may have been deleted."
      action={
        <Link href={overview} className={buttonVariants()}>
          Back to caches
        </Link>
      }
    />
  );
}
