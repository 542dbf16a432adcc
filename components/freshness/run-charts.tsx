"use client";

import { useMemo } from "react";

import { DataCell, DataRow, DataTable, type DataColumn } from "@/components/ui/data-table";
import type { Compliance } from "@/lib/freshness/compliance";
import { formatAge } from "@/lib/freshness/format-age";
import type { CacheRun } from "@/lib/types";

import { type ChartSeries, UplotChart } from "./uplot-chart";

const COLORS = {
  age: "#6366f1",
  warn: "#d97706",
  error: "#dc2626",
  cached: "#6366f1",
  inserted: "#16a34a",
  updated: "#0891b2",
  deleted: "#db2777",
};
const count = new Intl.NumberFormat("en");
const when = new Intl.DateTimeFormat("en", {
  month: "short",
  day: "numeric",
  hour: "numeric",
  minute: "2-digit",
});
// Axis ticks between one minute and an hour keep their seconds, or 60 s and 80 s would both read "1 min".
const ageOfSeconds = (s: number) =>
  s >= 60 && s < 3600 && Math.round(s) % 60 !== 0
    ? `${Math.floor(Math.round(s) / 60)} min ${Math.round(s) % 60} s`
    : formatAge(s * 1000);
const rows = (n: number) => count.format(Math.round(n));

function Figure({
  title,
  summary,
  children,
  table,
}: {
  title: string;
  summary: string;
  children: React.ReactNode;
  table: React.ReactNode;
}) {
  return (
    <figure className="min-w-0 space-y-2" aria-label={title}>
      <figcaption>
        <span className="text-sm font-medium">{title}</span>
        <span className="block text-xs text-muted-foreground">{summary}</span>
      </figcaption>
      {children}
      <details>
        <summary className="cursor-pointer text-sm text-muted-foreground">Show as a table</summary>
        {table}
      </details>
    </figure>
  );
}

const RUN_COLUMNS = {
  started: { label: "Started" },
  status: { label: "Outcome" },
  duration: { label: "Duration", align: "right" },
  cached: { label: "Cached", align: "right" },
  changes: { label: "Inserted / updated / deleted", align: "right" },
} satisfies Record<string, DataColumn>;

type Props = {
  compliance: Compliance;
  runs: CacheRun[];
  warnMs: number | null;
  errorMs: number | null;
  summary: string;
};

/** The detail page's charts, loaded after the page: data age against the target, run duration and rows per run. */
export function RunCharts({ compliance, runs, warnMs, errorMs, summary }: Props) {
  const age = useMemo(() => {
    const x = compliance.points.map((p) => p.at / 1000);
    const series: ChartSeries[] = [
      { label: "Data age", values: compliance.points.map((p) => p.ageMs / 1000), color: COLORS.age },
    ];
    if (warnMs !== null)
      series.push({ label: "Warn", values: x.map(() => warnMs / 1000), color: COLORS.warn, dash: [6, 4] });
    if (errorMs !== null)
      series.push({ label: "Error", values: x.map(() => errorMs / 1000), color: COLORS.error, dash: [6, 4] });
    const markers = compliance.failures.map((f) => ({ at: f.at / 1000, color: COLORS.error }));
    return { x, series, markers };
  }, [compliance, warnMs, errorMs]);

  const finished = useMemo(
    () =>
      runs
        .filter((r) => r.startedAt && r.finishedAt && r.status !== "running")
        .sort((a, b) => Date.parse(a.startedAt ?? "") - Date.parse(b.startedAt ?? "")),
    [runs],
  );
  const perRun = useMemo(() => {
    const x = finished.map((r) => Date.parse(r.startedAt ?? "") / 1000);
    const seconds = finished.map(
      (r) => (Date.parse(r.finishedAt ?? "") - Date.parse(r.startedAt ?? "")) / 1000,
    );
    const pick = (f: keyof Pick<CacheRun, "rowsCached" | "rowsInserted" | "rowsUpdated" | "rowsDeleted">) =>
      finished.map((r) => r[f]);
    return {
      x,
      duration: [{ label: "Duration", values: seconds, color: COLORS.age }] satisfies ChartSeries[],
      rows: [
        { label: "Cached", values: pick("rowsCached"), color: COLORS.cached },
        { label: "Inserted", values: pick("rowsInserted"), color: COLORS.inserted },
        { label: "Updated", values: pick("rowsUpdated"), color: COLORS.updated },
        { label: "Deleted", values: pick("rowsDeleted"), color: COLORS.deleted },
      ] satisfies ChartSeries[],
      longest: seconds.reduce((m, s) => Math.max(m, s), 0),
    };
  }, [finished]);
  const last = finished.at(-1);
  const table = (
    <DataTable frame="bare" caption="Runs in the kept history" columns={Object.values(RUN_COLUMNS)}>
      {[...finished]
        .reverse()
        .slice(0, 50)
        .map((r) => (
          <DataRow key={r.id}>
            <DataCell column={RUN_COLUMNS.started}>{when.format(Date.parse(r.startedAt ?? ""))}</DataCell>
            <DataCell column={RUN_COLUMNS.status}>{r.status}</DataCell>
            <DataCell column={RUN_COLUMNS.duration}>
              {formatAge(Date.parse(r.finishedAt ?? "") - Date.parse(r.startedAt ?? ""))}
            </DataCell>
            <DataCell column={RUN_COLUMNS.cached}>
              {r.rowsCached === null ? "—" : rows(r.rowsCached)}
            </DataCell>
            <DataCell column={RUN_COLUMNS.changes}>
              {[r.rowsInserted, r.rowsUpdated, r.rowsDeleted]
                .map((n) => (n === null ? "—" : rows(n)))
                .join(" / ")}
            </DataCell>
          </DataRow>
        ))}
    </DataTable>
  );
  const peaks = compliance.points
    .filter((p) => p.ageMs > 0)
    .slice(-50)
    .reverse();
  return (
    <div className="grid gap-5">
      <Figure
        title="Data age"
        summary={`${summary} Dashed lines: warn and error; red dashes mark failed or cancelled runs (${compliance.failures.length}).`}
        table={
          <DataTable
            frame="bare"
            caption="Data age before each refresh"
            columns={[{ label: "Until" }, { label: "Data age reached", align: "right" }]}
          >
            {peaks.map((p) => (
              <DataRow key={p.at}>
                <DataCell column={{ label: "Until" }}>{when.format(p.at)}</DataCell>
                <DataCell column={{ label: "Data age reached", align: "right" }}>
                  {formatAge(p.ageMs)}
                </DataCell>
              </DataRow>
            ))}
          </DataTable>
        }
      >
        <UplotChart x={age.x} series={age.series} markers={age.markers} formatY={ageOfSeconds} />
      </Figure>
      <div className="grid gap-5 lg:grid-cols-2">
        <Figure
          title="Run duration"
          summary={`${finished.length} finished runs; the longest took ${formatAge(perRun.longest * 1000)}.`}
          table={table}
        >
          <UplotChart x={perRun.x} series={perRun.duration} formatY={ageOfSeconds} height={180} />
        </Figure>
        <Figure
          title="Rows per run"
          summary={
            last
              ? `Latest run: ${last.rowsCached === null ? "—" : rows(last.rowsCached)} cached, ${rows(last.rowsInserted ?? 0)} inserted, ${rows(last.rowsUpdated ?? 0)} updated, ${rows(last.rowsDeleted ?? 0)} deleted.`
              : "No finished run yet."
          }
          table={table}
        >
          <UplotChart x={perRun.x} series={perRun.rows} formatY={rows} height={180} />
        </Figure>
      </div>
    </div>
  );
}
