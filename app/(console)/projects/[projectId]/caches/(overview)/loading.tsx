import { CachesSkeleton } from "@/components/caches/caches-skeleton";
import { Skeleton } from "@/components/ui/skeleton";

export default function Loading() {
  return (
    <div className="flex flex-col gap-5">
      <div>
        <Skeleton className="h-8 w-32" />
        <Skeleton className="mt-1 h-5 w-64" />
      </div>
      <Skeleton className="h-9 w-full md:w-72" />
      <CachesSkeleton />
    </div>
  );
}
