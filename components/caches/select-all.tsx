"use client";

import type { CacheSummary } from "@/lib/types";

type SelectAllProps = {
  visible: CacheSummary[];
  picked: ReadonlySet<string>;
  onChange: (next: ReadonlySet<string>) => void;
};

/** Selects exactly the caches the current filters show. */
export function SelectAll({ visible, picked, onChange }: SelectAllProps) {
  const all = visible.length > 0 && visible.every((c) => picked.has(c.id));
  return (
    <label className="flex w-fit items-center gap-2 text-sm text-muted-foreground">
      <input
        type="checkbox"
        className="size-4 accent-primary"
        checked={all}
        onChange={() => onChange(all ? new Set() : new Set(visible.map((c) => c.id)))}
      />
      Select all {visible.length} shown
    </label>
  );
}
