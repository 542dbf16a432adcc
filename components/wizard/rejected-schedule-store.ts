"use client";

import { useSyncExternalStore } from "react";

import type { RejectedSchedule } from "@/lib/wizard/rejected-schedule";

/** Peaka's refusal plus the value it refused: the message only stands while the field still holds it. */
export type StoredRejection = RejectedSchedule & { value: string };

const KEY = "cache-console:wizard:rejected-schedule";
const listeners = new Set<() => void>();

// Session storage survives the step change and a reload, and never leaves the tab.
export function rememberRejectedSchedule(rejection: StoredRejection): void {
  try {
    window.sessionStorage.setItem(KEY, JSON.stringify(rejection));
  } catch {
    // Storage may be off (private mode); the result then only shows on the review step's retry.
  }
  listeners.forEach((listener) => listener());
}

function read(): string | null {
  try {
    return window.sessionStorage.getItem(KEY);
  } catch {
    return null;
  }
}

function parse(raw: string | null): StoredRejection | null {
  if (!raw) return null;
  try {
    const value: unknown = JSON.parse(raw);
    if (!value || typeof value !== "object") return null;
    const { field, message, value: refused } = value as Record<string, unknown>;
    if ((field !== "incremental" && field !== "fullRefresh") || typeof message !== "string") return null;
    return { field, message, value: typeof refused === "string" ? refused : "" };
  } catch {
    return null;
  }
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useRejectedSchedule(): StoredRejection | null {
  return parse(useSyncExternalStore(subscribe, read, () => null));
}
