import type { CadenceRun } from "./cadence-model";

type CadenceTimelineProps = {
  runs: CadenceRun[];
  from: number;
  to: number;
  ticks: { at: number; label: string }[];
  compact?: boolean;
};

const WIDTH = 1000;

export function CadenceTimeline({ runs, from, to, ticks, compact = false }: CadenceTimelineProps) {
  const lane = compact ? 14 : 26;
  const top = 4;
  const fullY = top;
  const incY = top + lane + 6;
  const axisY = incY + lane + 4;
  const height = axisY + (compact ? 14 : 20);
  const x = (at: number) => ((at - from) / (to - from)) * WIDTH;
  const blockWidth = compact ? 6 : 8;

  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${height}`}
      preserveAspectRatio="none"
      className="block h-auto w-full"
      aria-hidden="true"
    >
      <rect x={0} y={fullY} width={WIDTH} height={lane} rx={4} className="fill-muted" />
      <rect x={0} y={incY} width={WIDTH} height={lane} rx={4} className="fill-muted" />
      {ticks.map((tick) => (
        <g key={tick.at}>
          <line
            x1={x(tick.at)}
            x2={x(tick.at)}
            y1={top}
            y2={axisY}
            className="stroke-border"
            strokeWidth={1}
          />
          <text
            x={x(tick.at) + 3}
            y={height - 3}
            className="fill-muted-foreground"
            fontSize={compact ? 10 : 12}
            style={{ fontVariantNumeric: "tabular-nums" }}
          >
            {tick.label}
          </text>
        </g>
      ))}
      {runs.map((run) => {
        const px = x(run.at.getTime());
        if (run.kind === "full" || run.kind === "initial-full") {
          return (
            <rect
              key={`${run.kind}-${run.at.getTime()}`}
              x={Math.min(px, WIDTH - blockWidth)}
              y={fullY + 2}
              width={blockWidth}
              height={lane - 4}
              rx={2}
              className={run.kind === "initial-full" ? "fill-initial" : "fill-full"}
            />
          );
        }
        return (
          <rect
            key={`${run.kind}-${run.at.getTime()}`}
            x={Math.min(px, WIDTH - 3)}
            y={incY + 3}
            width={3}
            height={lane - 6}
            rx={1}
            className={run.kind === "initial-incremental" ? "fill-initial" : "fill-incremental"}
          />
        );
      })}
    </svg>
  );
}
