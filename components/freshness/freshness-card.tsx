"use client";

import dynamic from "next/dynamic";

import type { CacheDetail } from "@/lib/types/cache-detail";

import { DataAge, describeTarget } from "./data-age";
import { LazyTargetDialog as TargetDialog } from "./target-dialog-lazy";

const SOURCE = {
  cache: "Set on this cache.",
  project: "The project default.",
  derived: "Derived from the schedules (nothing set): warn after two missed runs, error after four.",
} as const;

// Reads the run history for the run times and brings the duration parser: loads after the page.
const ProposalPanel = dynamic(() => import("./proposal-panel").then((m) => m.ProposalPanel), { ssr: false });

/** The detail page's freshness: the copy's state and age against its target, and a way to set it. */
export function FreshnessCard({
  projectId,
  detail,
  canOperate,
  version,
}: {
  projectId: string;
  detail: CacheDetail;
  canOperate: boolean;
  /** Changes when a run starts or ends (the run history's query key). */
  version: string;
}) {
  const target = detail.freshnessTarget ?? null;
  return (
    <section aria-labelledby="freshness-heading" className="space-y-3 rounded-lg border bg-card p-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="freshness-heading" className="font-semibold">
          Freshness
        </h2>
        {canOperate ? (
          <TargetDialog
            projectId={projectId}
            cacheIds={[detail.status.id]}
            current={target}
            subject="this cache"
            size="sm"
          />
        ) : null}
      </div>
      <DataAge
        {...detail.status}
        freshnessTarget={target ?? undefined}
        currentRun={null}
        showTarget={false}
      />
      {target ? (
        <p className="text-sm text-muted-foreground" data-target-source={target.source}>
          Target {describeTarget(target)}. {SOURCE[target.source]}
        </p>
      ) : null}
      {target ? (
        <ProposalPanel
          projectId={projectId}
          detail={detail}
          target={target}
          version={version}
          canOperate={canOperate}
        />
      ) : null}
    </section>
  );
}
