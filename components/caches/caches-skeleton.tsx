import { Skeleton } from "@/components/ui/skeleton";

export function CachesSkeleton({ rows = 8 }: { rows?: number }) {
  return (
    <div role="status" aria-label="Loading caches" className="rounded-lg border bg-card">
      <div className="border-b px-4 py-3">
        <Skeleton className="h-4 w-48" />
      </div>
      {Array.from({ length: rows }, (_, i) => (
        <div key={i} className="flex items-center gap-4 border-b px-4 py-4 last:border-b-0">
          <Skeleton className="h-4 w-1/4" />
          <Skeleton className="hidden h-4 w-1/4 md:block" />
          <Skeleton className="ml-auto h-5 w-20 rounded-full md:ml-0" />
          <Skeleton className="hidden h-4 w-24 md:block" />
        </div>
      ))}
    </div>
  );
}
