import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { bench, describe } from "vitest";

import { Heatmap } from "@/components/schedule-map/heatmap";
import { summarize } from "@/components/schedule-map/map-summary";
import { buildScheduleMap, type MapCache, type MapView, type PastRun } from "@/lib/schedule-map";

// 5,000 caches as a large project has them: a daily full refresh each, hourly incrementals on 60%, every 15 minutes
// on 10%, phases spread over the day, and 14 days of history to match.
const NOW = Date.UTC(2026, 11, 1, 9, 53);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

function cacheAt(i: number): MapCache {
  const phase = NOW - DAY * 20 + ((i * 7_919_000) % DAY);
  const incremental = i % 10 === 0 ? "PT15M" : i % 10 < 7 ? "PT1H" : null;
  const past: PastRun[] = [];
  for (let t = phase + Math.ceil((NOW - 14 * DAY - phase) / DAY) * DAY; t < NOW; t += DAY)
    past.push({ kind: "full", start: t, end: t + 240_000, rows: 50_000 });
  if (incremental === "PT1H")
    for (let t = phase + Math.ceil((NOW - 14 * DAY - phase) / HOUR) * HOUR; t < NOW; t += HOUR)
      past.push({ kind: "incremental", start: t, end: t + 20_000, rows: 120 });
  return {
    id: `c${i}`,
    label: `catalog${i % 7}.schema${i % 31}.table_${i}`,
    catalogId: String(i % 7),
    catalogName: `catalog${i % 7}`,
    mode: incremental ? "full-and-incremental" : "full-only",
    status: "completed",
    schedules: { fullRefresh: "P1D", incremental },
    anchors: {
      full: { at: phase, source: "run-history" },
      incremental: incremental ? { at: phase, source: "run-history" } : null,
    },
    medianMs: { full: 240_000, incremental: 20_000 },
    rows: { full: 50_000, incremental: 120 },
    past,
  };
}

const CACHES = Array.from({ length: 5_000 }, (_, i) => cacheAt(i));
const BODY = JSON.stringify({ caches: CACHES.map((c) => ({ ...c, past: [] })) });

function computeAndRender(view: MapView) {
  const map = buildScheduleMap({ caches: CACHES, now: NOW, view });
  summarize(map, CACHES);
  renderToString(
    createElement(Heatmap, {
      map,
      metric: "starts",
      label: "map",
      selected: null,
      marked: new Set<number>(),
      onSelect: () => undefined,
    }),
  );
}

describe("schedule map with 5,000 caches: computation + heatmap render", () => {
  bench("baseline: JSON.parse of the 5,000 caches' schedules (what every poll costs anyway)", () => {
    JSON.parse(BODY);
  });
  bench("next 24 hours (144 cells)", () => computeAndRender("next-24h"));
  bench("next 7 days (192 cells)", () => computeAndRender("next-7d"));
  bench("past 14 days from 1.08 million history runs (336 cells)", () => computeAndRender("past-14d"));
});
