"use client";

import "uplot/dist/uPlot.min.css";

import { useEffect, useRef } from "react";
import uPlot from "uplot";

export type ChartSeries = { label: string; values: (number | null)[]; color: string; dash?: number[] };

type Props = {
  /** x values in seconds since the epoch. */
  x: number[];
  series: ChartSeries[];
  formatY: (value: number) => string;
  /** Vertical markers (seconds), e.g. failed runs. */
  markers?: { at: number; color: string }[];
  height?: number;
};

/** A uPlot canvas sized to its container; the caller supplies the text equivalent and the table. */
export function UplotChart({ x, series, formatY, markers = [], height = 220 }: Props) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const ink = getComputedStyle(el).color;
    const grid = "rgba(128,128,128,0.2)";
    const plot = new uPlot(
      {
        width: Math.max(200, el.clientWidth),
        height,
        legend: { show: true },
        cursor: { drag: { x: false, y: false } },
        axes: [
          { stroke: ink, grid: { stroke: grid } },
          {
            stroke: ink,
            grid: { stroke: grid },
            // Wide enough for the longest tick ("1 min 20 s"), about 7 px a character at the axis font.
            size: (_u: unknown, values: string[] | null) =>
              Math.max(50, 16 + 7 * Math.max(0, ...(values ?? []).map((v) => v.length))),
            values: (_u, ticks) => ticks.map((t) => formatY(t)),
          },
        ],
        series: [
          {},
          ...series.map((s) => ({
            label: s.label,
            stroke: s.color,
            width: 2,
            dash: s.dash,
            spanGaps: true,
            points: { show: x.length < 60 },
            value: (_u: uPlot, v: number | null) => (v === null ? "—" : formatY(v)),
          })),
        ],
        hooks: {
          draw: [
            (u) => {
              const { ctx } = u;
              ctx.save();
              for (const m of markers) {
                const left = u.valToPos(m.at, "x", true);
                if (left < u.bbox.left || left > u.bbox.left + u.bbox.width) continue;
                ctx.strokeStyle = m.color;
                ctx.lineWidth = 2 * devicePixelRatio;
                ctx.setLineDash([4 * devicePixelRatio, 3 * devicePixelRatio]);
                ctx.beginPath();
                ctx.moveTo(left, u.bbox.top);
                ctx.lineTo(left, u.bbox.top + u.bbox.height);
                ctx.stroke();
              }
              ctx.restore();
            },
          ],
        },
      },
      [x, ...series.map((s) => s.values)] as uPlot.AlignedData,
      el,
    );
    const resize = new ResizeObserver(() => plot.setSize({ width: Math.max(200, el.clientWidth), height }));
    resize.observe(el);
    return () => {
      resize.disconnect();
      plot.destroy();
    };
  }, [x, series, formatY, markers, height]);
  return <div ref={box} aria-hidden className="w-full text-muted-foreground [&_.u-legend]:text-xs" />;
}
