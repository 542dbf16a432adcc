"use client";

import type { CacheSummary } from "@/lib/types";

import { LazyTargetDialog as TargetDialog } from "./target-dialog-lazy";

/** The project default target, for every cache without its own; the overview's rows show which is which. */
export function ProjectTargetButton({ projectId, caches }: { projectId: string; caches: CacheSummary[] }) {
  const current = caches.find((c) => c.freshnessTarget?.source === "project")?.freshnessTarget ?? null;
  return (
    <TargetDialog
      projectId={projectId}
      cacheIds={[]}
      current={current}
      subject="the project default"
      label="Default target"
    />
  );
}
