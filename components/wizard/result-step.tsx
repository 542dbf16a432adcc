"use client";

import { CheckCircle2, CircleAlert, CircleX } from "lucide-react";
import Link from "next/link";

import { buttonVariants } from "@/components/ui/button";
import { useCatalogNames } from "@/lib/queries/use-catalog-browser";
import { tableKey, tableLabel } from "@/lib/wizard/table-modes";
import { wizardPath } from "@/lib/wizard/steps";
import type { TableOutcome } from "@/lib/wizard/types";

import { ApplySchedulesButton } from "./apply-schedules-button";
import { useWizardState } from "./use-wizard-state";
import { wizardItems } from "@/lib/wizard/wizard-items";

const ICON = {
  created: <CheckCircle2 className="size-5 shrink-0 text-success" aria-hidden="true" />,
  exists: <CircleAlert className="size-5 shrink-0 text-warning" aria-hidden="true" />,
  failed: <CircleX className="size-5 shrink-0 text-danger" aria-hidden="true" />,
};

export function ResultStep({ projectId, outcomes }: { projectId: string; outcomes: TableOutcome[] | null }) {
  const { state, search } = useWizardState();
  const names = useCatalogNames(projectId);
  const items = new Map(wizardItems(state).map((item) => [tableKey(item.table), item]));
  const cacheHref = (id: string) =>
    `/projects/${encodeURIComponent(projectId)}/caches/${encodeURIComponent(id)}`;
  const overview = `/projects/${encodeURIComponent(projectId)}/caches`;

  if (!outcomes) {
    return (
      <div className="space-y-3 text-sm">
        <p>There is no result for this link: the request was never sent, or it belongs to another project.</p>
        <Link
          href={wizardPath(projectId, "review", search)}
          className={buttonVariants({ variant: "secondary" })}
        >
          Back to review
        </Link>
      </div>
    );
  }

  const created = outcomes.filter((outcome) => outcome.status === "created").length;
  return (
    <div className="max-w-3xl space-y-6">
      <p role="status" className="text-sm">
        {created} of {outcomes.length} {outcomes.length === 1 ? "cache" : "caches"} created. New caches start
        their first sync right away.
      </p>
      <ul className="divide-y rounded-lg border bg-card">
        {outcomes.map((outcome) => {
          const label = outcome.label ?? tableLabel(outcome.table, names.get(outcome.table.catalogId));
          const item = items.get(tableKey(outcome.table));
          return (
            <li key={tableKey(outcome.table)} className="flex gap-3 p-4" data-outcome={outcome.status}>
              {ICON[outcome.status]}
              <div className="min-w-0 flex-1 space-y-2">
                <p className="font-mono font-semibold break-all">{label}</p>
                {outcome.status === "created" ? (
                  <p className="text-sm">
                    Cache created.{" "}
                    {outcome.cacheId ? (
                      <Link href={cacheHref(outcome.cacheId)} className="font-medium text-primary underline">
                        Open the cache<span className="sr-only"> for {label}</span>
                      </Link>
                    ) : null}
                  </p>
                ) : (
                  <p className="text-sm">
                    {outcome.message}{" "}
                    {outcome.status === "exists" && outcome.cacheId ? (
                      <Link href={cacheHref(outcome.cacheId)} className="font-medium text-primary underline">
                        Open the existing cache<span className="sr-only"> for {label}</span>
                      </Link>
                    ) : null}
                  </p>
                )}
                {outcome.status === "exists" && outcome.cacheId && item ? (
                  <ApplySchedulesButton
                    projectId={projectId}
                    cacheId={outcome.cacheId}
                    schedules={item.schedules}
                    label={label}
                  />
                ) : null}
              </div>
            </li>
          );
        })}
      </ul>
      <div className="flex flex-wrap gap-3">
        <Link href={overview} className={buttonVariants()}>
          Go to the caches overview
        </Link>
        <Link
          href={`/projects/${encodeURIComponent(projectId)}/caches/new/tables`}
          className={buttonVariants({ variant: "secondary" })}
        >
          Create more caches
        </Link>
      </div>
    </div>
  );
}
