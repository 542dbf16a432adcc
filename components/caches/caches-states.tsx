import { AlertTriangle, DatabaseZap, SearchX } from "lucide-react";
import Link from "next/link";

import { Button, buttonVariants } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

export function CachesEmpty({ newHref, canCreate }: { newHref: string; canCreate: boolean }) {
  return (
    <EmptyState
      icon={<DatabaseZap className="size-6" aria-hidden />}
      title="No caches in this project yet"
      description="A cache keeps a copy of a table inside Peaka so queries are fast and sources are spared. Pick tables and schedules in a few steps."
      action={
        canCreate ? (
          <Link href={newHref} className={buttonVariants()}>
            New cache
          </Link>
        ) : (
          <p className="text-sm text-muted-foreground">Ask an operator or admin to create the first cache.</p>
        )
      }
    />
  );
}

export function NoMatches({ onClear }: { onClear: () => void }) {
  return (
    <EmptyState
      icon={<SearchX className="size-6" aria-hidden />}
      title="No caches match these filters"
      description="Change the search or the filters, or clear them to see every cache."
      action={
        <Button variant="secondary" onClick={onClear}>
          Clear filters
        </Button>
      }
    />
  );
}

export function CachesLoadFailed({ message, onRetry }: { message: string; onRetry: () => void }) {
  return (
    <EmptyState
      icon={<AlertTriangle className="size-6" aria-hidden />}
      title="The caches could not be loaded"
      description={message}
      action={<Button onClick={onRetry}>Try again</Button>}
    />
  );
}
