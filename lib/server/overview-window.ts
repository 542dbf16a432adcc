import "server-only";

import type { CacheSummary } from "@/lib/types";

import { env } from "./env";
import { createReadWindow, type ReadWindow } from "./read-window";

// WHY: a hundred open overviews polling one project would each call Peaka and re-read the pause table; within
// CONSOLE_READ_WINDOW_MS (250 ms by default, at most 1 s) they share one answer instead. Every write the console
// makes to a project (through the Partner API client, the pause table or the settings memo) forgets the project
// here, so a run, cancel, pause or delete shows on the very next read. Failed reads are never shared.
type Windows = ReadWindow<CacheSummary[]>;
const shared = globalThis as typeof globalThis & { __overviewWindow?: Windows };

export function overviewWindow(): Windows {
  shared.__overviewWindow ??= createReadWindow<CacheSummary[]>({ freshMs: env.CONSOLE_READ_WINDOW_MS });
  return shared.__overviewWindow;
}

export function forgetOverview(projectId: string): void {
  overviewWindow().forget(projectId);
}
