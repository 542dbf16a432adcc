import { SearchX } from "lucide-react";
import Link from "next/link";

import { buttonVariants } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

export default function CacheDetailNotFound() {
  return (
    <EmptyState
      icon={<SearchX className="size-6" aria-hidden />}
      title="Cache not found"
      description="No cache with this id exists in this project. It may have been deleted, or the link is wrong."
      action={
        <Link href="/projects" className={buttonVariants()}>
          Back to projects
        </Link>
      }
    />
  );
}
