import type { CacheMode } from "@/lib/wizard/table-modes";

export const MODE_OPTIONS: { mode: CacheMode; title: string; sentence: string }[] = [
  {
    mode: "one-time",
    title: "One-time copy",
    sentence: "Copies the table once now and never refreshes it; you can refresh it by hand later.",
  },
  {
    mode: "incremental",
    title: "Incremental on a schedule",
    sentence: "Copies the table once, then fetches only new and changed rows on a schedule.",
  },
  {
    mode: "full-and-incremental",
    title: "Full refresh + incremental",
    sentence: "Rebuilds the whole copy on one schedule and fetches changes in between on another.",
  },
  {
    mode: "full-only",
    title: "Full refresh on a schedule",
    sentence:
      "Copies the table once, then rebuilds the whole copy on a schedule; for tables that cannot fetch only changes.",
  },
];

export function modeTitle(mode: CacheMode): string {
  return MODE_OPTIONS.find((option) => option.mode === mode)?.title ?? mode;
}
