import type { CacheRun } from "@/lib/types";

const dateTime = new Intl.DateTimeFormat("en", {
  month: "short",
  day: "numeric",
  hour: "numeric",
  minute: "2-digit",
  second: "2-digit",
  // A time without its zone is ambiguous between the viewer's and the server's (or Peaka's) clock.
  timeZoneName: "short",
});
const count = new Intl.NumberFormat("en");

export function formatDateTime(iso: string | null): string {
  if (!iso) return "—";
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? "—" : dateTime.format(ms);
}

export function formatCount(value: number | null): string {
  return value === null ? "—" : count.format(value);
}

export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return "—";
  const seconds = Math.round(ms / 1000);
  if (seconds < 1) return "under a second";
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min ${seconds % 60} s`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

/** How long the run took, or has been going so far. */
export function runDuration(run: CacheRun, now: number): string {
  if (!run.startedAt) return "—";
  const end = run.finishedAt ? Date.parse(run.finishedAt) : run.status === "running" ? now : NaN;
  return formatDuration(end - Date.parse(run.startedAt));
}

export const KIND_LABEL = { full: "Full refresh", incremental: "Incremental sync", unknown: "Sync" } as const;

/** The first sentence stays visible; the rest goes behind "Details". */
export function splitError(text: string): { summary: string; rest: string | null } {
  const match = /^(.{1,200}?[.!?])\s+(.+)$/s.exec(text);
  if (!match?.[1] || !match[2]) return { summary: text, rest: null };
  return { summary: match[1], rest: match[2] };
}
