import { cn } from "@/lib/utils";

/** Determinate when the size of the table is known from an earlier run, indeterminate otherwise. */
export function RunProgress({
  done,
  expected,
  label,
}: {
  done: number;
  expected: number | null;
  label: string;
}) {
  const percent = expected && expected > 0 ? Math.min(99, Math.floor((done / expected) * 100)) : null;
  return (
    <div className="space-y-1">
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={percent === null ? undefined : 0}
        aria-valuemax={percent === null ? undefined : 100}
        aria-valuenow={percent ?? undefined}
        aria-valuetext={percent === null ? "In progress" : `About ${percent}%`}
        className="relative h-2 overflow-hidden rounded-full bg-muted"
      >
        <div
          className={cn(
            "h-full rounded-full bg-info transition-[width] duration-500",
            percent === null && "w-1/3 animate-pulse motion-reduce:animate-none",
          )}
          style={percent === null ? undefined : { width: `${Math.max(percent, 2)}%` }}
        />
      </div>
      <p className="text-xs text-muted-foreground">
        {percent === null
          ? "Running — Peaka does not report a total for this run."
          : `About ${percent}% of the previous size`}
      </p>
    </div>
  );
}
