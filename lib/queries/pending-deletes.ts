"use client";

import { useSyncExternalStore } from "react";

// While a delete is in flight the detail page stops polling: a poll that sees the cache gone before the delete's
// answer arrives would swap the page for "Cache not found" and unmount the dialog waiting for that answer.
const deleting = new Set<string>();
const listeners = new Set<() => void>();

function notify() {
  for (const listener of listeners) listener();
}

export function markDeleting(cacheId: string, pending: boolean): void {
  if (pending === deleting.has(cacheId)) return;
  if (pending) deleting.add(cacheId);
  else deleting.delete(cacheId);
  notify();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useIsDeleting(cacheId: string): boolean {
  return useSyncExternalStore(
    subscribe,
    () => deleting.has(cacheId),
    () => false,
  );
}
