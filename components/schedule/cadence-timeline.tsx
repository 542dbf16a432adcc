import { cn } from "@/lib/utils";

import type { CadenceRun } from "./cadence-model";

type CadenceTimelineProps = {
  runs: CadenceRun[];
  from: number;
  to: number;
  ticks: { at: number; label: string }[];
  compact?: boolean;
};

const WIDTH = 1000;
const LANE = 20;
const GAP = 6;
const HEIGHT = LANE * 2 + GAP;

/** Shapes live in a stretched SVG; labels are HTML so text never distorts with the width. */
export function CadenceTimeline({ runs, from, to, ticks, compact = false }: CadenceTimelineProps) {
  const pct = (at: number) => ((at - from) / (to - from)) * 100;
  const x = (at: number) => (pct(at) / 100) * WIDTH;
  const incY = LANE + GAP;
  return (
    <div>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        preserveAspectRatio="none"
        className={cn("block w-full", compact ? "h-8" : "h-14")}
        aria-hidden="true"
      >
        <rect x={0} y={0} width={WIDTH} height={LANE} rx={3} className="fill-muted" />
        <rect x={0} y={incY} width={WIDTH} height={LANE} rx={3} className="fill-muted" />
        {ticks.map((tick) => (
          <line
            key={tick.at}
            x1={x(tick.at)}
            x2={x(tick.at)}
            y1={0}
            y2={HEIGHT}
            className="stroke-border"
            strokeWidth={1}
          />
        ))}
        {runs.map((run) => {
          const px = x(run.at.getTime());
          const key = `${run.kind}-${run.at.getTime()}`;
          if (run.kind === "initial-full" || run.kind === "initial-incremental") {
            return <rect key={key} x={px} y={0} width={10} height={HEIGHT} rx={2} className="fill-initial" />;
          }
          if (run.kind === "full") {
            return (
              <rect
                key={key}
                x={Math.min(px, WIDTH - 8)}
                y={2}
                width={8}
                height={LANE - 4}
                rx={2}
                className="fill-full"
              />
            );
          }
          return (
            <rect
              key={key}
              x={Math.min(px, WIDTH - 3)}
              y={incY + 3}
              width={3}
              height={LANE - 6}
              rx={1}
              className="fill-incremental"
            />
          );
        })}
      </svg>
      <div
        className={cn(
          "relative mt-1 text-muted-foreground tabular-nums",
          compact ? "h-3.5 text-[10px]" : "h-4 text-xs",
        )}
      >
        {ticks
          .filter((tick) => pct(tick.at) > 3 && pct(tick.at) < 96)
          .map((tick) => (
            <span
              key={tick.at}
              className="absolute -translate-x-1/2 whitespace-nowrap"
              style={{ left: `${pct(tick.at)}%` }}
            >
              {tick.label}
            </span>
          ))}
      </div>
    </div>
  );
}
