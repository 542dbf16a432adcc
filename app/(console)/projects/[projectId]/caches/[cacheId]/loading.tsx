import { Skeleton } from "@/components/ui/skeleton";

export default function CacheDetailLoading() {
  return (
    <div className="flex flex-col gap-5" aria-busy="true" aria-label="Loading the cache">
      <Skeleton className="h-8 w-72" />
      <Skeleton className="h-28" />
      <Skeleton className="h-32" />
      <div className="grid gap-5 lg:grid-cols-2">
        <Skeleton className="h-56" />
        <Skeleton className="h-56" />
      </div>
    </div>
  );
}
