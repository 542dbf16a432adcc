"use client";

import { Download, Plus, Upload } from "lucide-react";
import dynamic from "next/dynamic";
import Link from "next/link";
import { useDeferredValue, useEffect, useMemo, useState } from "react";

import { freshnessCounts } from "@/components/freshness/freshness-counts";
import { ProjectTargetButton } from "@/components/freshness/project-target-button";
import { useClock } from "@/lib/use-clock";
import { buttonVariants } from "@/components/ui/button";
import { applyOverviewState, DEFAULT_STATE } from "@/lib/caches/overview-state";
import { useCaches } from "@/lib/queries/caches";

import { SelectAll } from "./select-all";
import { CachesToolbar } from "./caches-toolbar";
import { CachesEmpty, CachesLoadFailed, NoMatches } from "./caches-states";
import { CachesSkeleton } from "./caches-skeleton";
import { RelativeTime } from "./relative-time";
import { useOverviewState } from "./use-overview-state";

// Shows nothing until a cache is selected, and carries the server-action client, so it loads after the list.
const BulkBar = dynamic(() => import("./bulk-bar").then((m) => m.BulkBar), { ssr: false });
// The list (with its virtualizer) can only show once the caches are fetched in the browser, so its code is fetched
// alongside them instead of with the page.
const CachesList = dynamic(() => import("./caches-list").then((m) => m.CachesList), {
  ssr: false,
  loading: () => <CachesSkeleton />,
});

export function CachesOverview({
  projectId,
  canCreate,
  canDelete = false,
}: {
  projectId: string;
  canCreate: boolean;
  canDelete?: boolean;
}) {
  const { data, error, isPending, isRefetchError, refetch } = useCaches(projectId);
  useEffect(() => {
    import("./caches-list").catch(() => undefined);
  }, []);
  const [state, update] = useOverviewState();
  const deferred = useDeferredValue(state);
  const base = `/projects/${encodeURIComponent(projectId)}/caches`;
  const caches = useMemo(() => data?.caches ?? [], [data]);
  const visible = useMemo(() => applyOverviewState(caches, deferred), [caches, deferred]);
  const catalogs = useMemo(
    () =>
      [...new Map(caches.map((c) => [c.catalogId, { id: c.catalogId, name: c.catalogName }])).values()].sort(
        (a, b) => a.name.localeCompare(b.name),
      ),
    [caches],
  );
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const selected = caches.filter((c) => picked.has(c.id));
  const toggle = (id: string, on: boolean) =>
    setPicked((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const now = useClock(30_000);
  const running = caches.filter((c) => c.status === "running").length;
  const failed = caches.filter((c) => c.status === "failed").length;

  return (
    <div className="flex flex-col gap-5">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">Caches</h1>
          <p className="mt-1 text-sm text-muted-foreground" aria-live="polite">
            {data
              ? `${caches.length} ${caches.length === 1 ? "cache" : "caches"} · ${running} running · ${failed} failed${freshnessCounts(caches, now)}`
              : "Loading caches…"}
            {data ? (
              <span className="hidden sm:inline">
                {" "}
                · updated <RelativeTime iso={data.fetchedAt} />
              </span>
            ) : null}
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          <a
            href={`/api/projects/${encodeURIComponent(projectId)}/config`}
            download
            className={buttonVariants({ variant: "secondary" })}
          >
            <Download aria-hidden /> Export
          </a>
          {canCreate ? (
            <>
              <Link href={`${base}/import`} className={buttonVariants({ variant: "secondary" })}>
                <Upload aria-hidden /> Import
              </Link>
              <ProjectTargetButton projectId={projectId} caches={caches} />
              <Link href={`${base}/new`} className={buttonVariants()}>
                <Plus aria-hidden /> New cache
              </Link>
            </>
          ) : null}
        </div>
      </div>
      {isRefetchError && data ? (
        <p
          role="status"
          className="rounded-md border border-warning/40 bg-warning-soft px-3 py-2 text-sm text-warning"
        >
          Showing the last list the console could read. {error.message}
        </p>
      ) : null}
      {/* The toolbar is part of the first HTML, so the page's largest paint does not wait for hydration and the
          list; it only goes away if the project turns out to have no caches or the list cannot be read. */}
      {isPending || caches.length > 0 ? (
        <CachesToolbar state={state} catalogs={catalogs} onChange={update} />
      ) : null}
      {isPending ? <CachesSkeleton /> : null}
      {!data && error ? <CachesLoadFailed message={error.message} onRetry={() => void refetch()} /> : null}
      {data && caches.length === 0 ? <CachesEmpty newHref={`${base}/new`} canCreate={canCreate} /> : null}
      {data && caches.length > 0 ? (
        <>
          {canCreate ? (
            <>
              <SelectAll visible={visible} picked={picked} onChange={setPicked} />
              <BulkBar
                projectId={projectId}
                selected={selected}
                canDelete={canDelete}
                onClear={() => setPicked(new Set())}
              />
            </>
          ) : null}
          {visible.length === 0 ? (
            <NoMatches onClear={() => update(DEFAULT_STATE)} />
          ) : (
            <CachesList
              caches={visible}
              hrefFor={(c) => `${base}/${encodeURIComponent(c.id)}`}
              selection={canCreate ? { isSelected: (id) => picked.has(id), onToggle: toggle } : undefined}
            />
          )}
        </>
      ) : null}
    </div>
  );
}
