import "server-only";

const MAX_LABELS = 20_000;
// Insertion-ordered, so the oldest entry goes first once the map is full.
const labels = new Map<string, string>();

const keyOf = (projectId: string, cacheId: string) => `${projectId}/${cacheId}`;

/**
 * Remembers the table a cache copies, as the overview and the detail page read it, so the audit log can name
 * the table of a change without another Partner API call in the middle of the change (a delete leaves no name).
 */
export function rememberCacheLabel(projectId: string, cacheId: string, label: string): void {
  const key = keyOf(projectId, cacheId);
  labels.delete(key);
  labels.set(key, label);
  if (labels.size > MAX_LABELS) labels.delete(labels.keys().next().value ?? key);
}

/** The table's display name, or the cache id when this process has not seen the cache. */
export function cacheLabel(projectId: string, cacheId: string): string {
  return labels.get(keyOf(projectId, cacheId)) ?? cacheId;
}
