"use client";

import { CalendarClock } from "lucide-react";
import dynamic from "next/dynamic";
import { useMemo, useState } from "react";

import { CachesLoadFailed } from "@/components/caches/caches-states";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Skeleton } from "@/components/ui/skeleton";
import { useScheduleMap } from "@/lib/queries/schedule-map";
import {
  buildScheduleMap,
  filterCaches,
  MOVE_EXPLAINED,
  runsInCell,
  type MapInput,
  type PlannedMove,
  type ScheduleMap,
} from "@/lib/schedule-map";
import type { RunKind } from "@/lib/types";

import { cellWords } from "./cell-words";
import { Heatmap } from "./heatmap";
import { summarize } from "./map-summary";
import { MapTable } from "./map-table";
import { MapToolbar, VIEW_LABELS } from "./map-toolbar";
import { RunList, type ListedRun } from "./run-list";
import { useMapState } from "./use-map-state";

// Both carry the server-action client and only matter once someone acts, so they load after the map.
const MoveForm = dynamic(() => import("./move-form").then((m) => m.MoveForm), { ssr: false });
const MovesList = dynamic(() => import("./moves-list").then((m) => m.MovesList), { ssr: false });

type Selection = { type: "cell"; index: number } | { type: "pile"; index: number } | null;
type Moving = { cacheId: string; kind: RunKind; suggestedAt: number } | null;

function quietestStart(map: ScheduleMap, kind: RunKind, after: number): number {
  const counts = kind === "full" ? map.full : map.incremental;
  let best = -1;
  for (let i = 0; i < counts.length; i++) {
    const start = map.grid.start + i * map.grid.slotMs;
    if (start < after) continue;
    if (best < 0 || counts[i]! + map.peak[i]! < counts[best]! + map.peak[best]!) best = i;
  }
  return best < 0 ? after : map.grid.start + best * map.grid.slotMs + map.grid.slotMs / 2;
}

export function ScheduleMapView({ projectId, canOperate }: { projectId: string; canOperate: boolean }) {
  const { data, error, isPending, refetch } = useScheduleMap(projectId);
  const [state, update] = useMapState();
  const [selection, setSelection] = useState<Selection>(null);
  const [moving, setMoving] = useState<Moving>(null);
  const [preview, setPreview] = useState<PlannedMove | null>(null);

  const now = data ? Date.parse(data.now) : 0;
  const caches = useMemo(() => (data ? filterCaches(data.caches, state) : []), [data, state]);
  const catalogs = useMemo(
    () =>
      [
        ...new Map(
          (data?.caches ?? []).map((c) => [c.catalogId, { id: c.catalogId, name: c.catalogName }]),
        ).values(),
      ].sort((a, b) => a.name.localeCompare(b.name)),
    [data],
  );
  const pending = useMemo(
    () =>
      (data?.moves ?? [])
        .filter((m) => m.status === "pending" || m.status === "applying")
        .map((m) => ({ id: m.id, cacheId: m.cacheId, applyAt: Date.parse(m.applyAt) })),
    [data],
  );
  const input: MapInput = useMemo(
    () => ({
      caches,
      now,
      view: state.view,
      moves: preview ? [...pending.filter((m) => m.cacheId !== preview.cacheId), preview] : pending,
    }),
    [caches, now, state.view, pending, preview],
  );
  const map = useMemo(() => (data ? buildScheduleMap(input) : null), [data, input]);

  if (isPending) return <Skeleton className="h-96 w-full" />;
  if (error || !data || !map) {
    return (
      <CachesLoadFailed
        message={error?.message ?? "The schedule map could not be loaded."}
        onRetry={() => void refetch()}
      />
    );
  }
  const change = (patch: Parameters<typeof update>[0]) => {
    setSelection(null);
    update(patch);
  };
  const header = (
    <div>
      <h1 className="text-2xl font-semibold tracking-tight">Schedule map</h1>
      <p className="mt-1 max-w-3xl text-sm text-muted-foreground">
        When runs start across the project&apos;s caches, and where they pile up. Times are UTC. The future is
        an estimate: the console assumes an interval counts from when its schedule was set, and reads each
        cache&apos;s phase from its run history.
      </p>
    </div>
  );
  if (data.caches.length === 0) {
    return (
      <div className="flex flex-col gap-5">
        {header}
        <EmptyState
          icon={<CalendarClock className="size-6" aria-hidden />}
          title="No caches in this project yet"
          description="Once caches have schedules, this page shows when their runs start."
        />
      </div>
    );
  }

  const pile = selection?.type === "pile" ? map.pileUps[selection.index] : undefined;
  const marked = new Set<number>(
    pile ? pile.starts.map((t) => Math.floor((t - map.grid.start) / map.grid.slotMs)) : [],
  );
  const selectedCell = selection?.type === "cell" ? selection.index : null;
  const listed: ListedRun[] = pile
    ? pile.caches.map((cache, i) => ({ cache, kind: pile.kind, start: pile.starts[i]! }))
    : selectedCell !== null
      ? runsInCell(input, map.grid, selectedCell)
      : [];
  const withDay = map.grid.view !== "next-24h";
  const movingCache = moving ? data.caches.find((c) => c.id === moving.cacheId) : undefined;
  const startMove = (run: ListedRun) => {
    const cache = caches[run.cache]!;
    setPreview(null);
    setMoving({
      cacheId: cache.id,
      kind: run.kind,
      suggestedAt: quietestStart(map, run.kind, now + 30 * 60_000),
    });
  };
  const filling = data.historyRead < data.caches.length;

  return (
    <div className="flex flex-col gap-5">
      {header}
      <MapToolbar state={state} catalogs={catalogs} onChange={change} />

      <section aria-labelledby="map-title" className="flex flex-col gap-3 rounded-lg border bg-card p-4">
        <div className="flex flex-wrap items-center gap-2">
          <h2 id="map-title" className="font-semibold">
            {VIEW_LABELS[state.view]}
          </h2>
          {map.grid.projected ? (
            <Badge tone="warning">Estimate</Badge>
          ) : (
            <Badge tone="success">As it ran</Badge>
          )}
          {preview ? <Badge tone="accent">Preview: with the move</Badge> : null}
        </div>
        <div className="text-sm" aria-live="polite">
          {summarize(map, caches).map((line) => (
            <p key={line}>{line}</p>
          ))}
          {filling ? (
            <p className="text-muted-foreground">
              Run history read for {data.historyRead} of {data.caches.length} caches; the rest fill in
              shortly.
            </p>
          ) : null}
        </div>
        {state.table ? (
          <MapTable map={map} input={input} caches={caches} />
        ) : (
          <>
            <Heatmap
              key={`${state.view}-${state.metric}`}
              map={map}
              metric={state.metric}
              label={`${VIEW_LABELS[state.view]}${map.grid.projected ? ", estimate" : ""}: use the arrow keys to move between time slots, Enter to list the caches`}
              selected={selectedCell}
              marked={marked}
              onSelect={(index) => setSelection({ type: "cell", index })}
            />
            <p className="text-xs text-muted-foreground">
              Darker cells: more{" "}
              {state.metric === "rows"
                ? "rows moved"
                : state.metric === "concurrency"
                  ? "runs at once"
                  : "runs starting"}
              . Striped cells are outside the window. Concurrency uses each cache&apos;s median run length.
            </p>
          </>
        )}
      </section>

      <section aria-labelledby="piles-title" className="flex flex-col gap-3">
        <h2 id="piles-title" className="font-semibold">
          Pile-ups
        </h2>
        {map.pileUps.length === 0 ? (
          <p className="text-sm text-muted-foreground">None in this window.</p>
        ) : (
          <>
            <p className="max-w-3xl text-sm text-muted-foreground">{MOVE_EXPLAINED}</p>
            <ul className="flex flex-col gap-2">
              {map.pileUps.slice(0, 8).map((p, i) => (
                <li key={`${p.kind}-${p.at}`}>
                  <Button
                    variant="secondary"
                    className="h-auto w-full justify-start py-2 text-left whitespace-normal"
                    aria-pressed={selection?.type === "pile" && selection.index === i}
                    onClick={() => setSelection({ type: "pile", index: i })}
                  >
                    {p.text}
                  </Button>
                </li>
              ))}
            </ul>
            {map.pileUps.length > 8 ? (
              <p className="text-sm text-muted-foreground">and {map.pileUps.length - 8} smaller ones.</p>
            ) : null}
          </>
        )}
      </section>

      {selection ? (
        <section aria-labelledby="selection-title" className="flex flex-col gap-3">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h2 id="selection-title" className="font-semibold">
              {pile ? pile.text : selectedCell !== null ? cellWords(map, selectedCell) : ""}
            </h2>
            <Button size="sm" variant="ghost" onClick={() => setSelection(null)}>
              Close
            </Button>
          </div>
          <RunList
            runs={listed}
            caches={caches}
            projectId={projectId}
            withDay={withDay}
            projected={map.grid.projected}
            onMove={canOperate ? startMove : undefined}
          />
        </section>
      ) : null}

      {moving && movingCache ? (
        <MoveForm
          key={`${moving.cacheId}-${moving.kind}`}
          projectId={projectId}
          cache={movingCache}
          kind={moving.kind}
          suggestedAt={moving.suggestedAt}
          now={now}
          previewing={preview !== null}
          onPreview={setPreview}
          onClose={() => setMoving(null)}
        />
      ) : null}

      {data.moves.length > 0 ? (
        <section aria-labelledby="moves-title" className="flex flex-col gap-3">
          <h2 id="moves-title" className="font-semibold">
            Schedule moves
          </h2>
          <MovesList projectId={projectId} moves={data.moves} caches={data.caches} canOperate={canOperate} />
        </section>
      ) : null}
    </div>
  );
}
