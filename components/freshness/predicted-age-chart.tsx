import { formatAge } from "@/lib/freshness/format-age";
import { ageAxisTop, predictedAgeCurve, predictionSpan } from "@/lib/freshness/predicted-age";
import type { Outlook } from "@/lib/freshness/propose-schedule";
import type { TargetLines } from "@/lib/types";

export type PredictedSeries = { label: string; outlook: Outlook | null; dashed?: boolean };

type Props = { target: TargetLines; series: PredictedSeries[] };

const W = 600;
const H = 120;
const COLORS = ["var(--primary)", "var(--cadence-incremental)"];

const standing = (outlook: Outlook | null) =>
  !outlook
    ? "only gets older"
    : outlook.fits === "warn"
      ? "stays under the warn line"
      : outlook.fits === "error"
        ? "passes the warn line"
        : "passes the error line";

/** "As typed: at most 1 h 5 min, 2 h 10 min with one failed run (stays under the warn line)." */
function sentence({ label, outlook }: PredictedSeries): string {
  if (!outlook) return `${label}: no schedule, the data only gets older.`;
  return `${label}: at most ${formatAge(outlook.worstAgeMs)}, ${formatAge(outlook.afterFailureMs)} with one failed run (${standing(outlook)}).`;
}

/**
 * The data age each schedule is predicted to give, drawn against the warn and error lines: a sawtooth that drops
 * as each run ends, its last tooth with one failed run. A plain SVG (no chart library: it is a few lines), with
 * the same figures in words and as a table.
 */
export function PredictedAgeChart({ target, series }: Props) {
  const span = predictionSpan(
    series.map((s) => s.outlook),
    target,
  );
  const curves = series.map((s) => predictedAgeCurve(s.outlook, span));
  const top = ageAxisTop(curves, target);
  const x = (ms: number) => ((ms / span) * W).toFixed(1);
  // Not clamped: a curve above the axis leaves the (clipped) drawing at the top, as it leaves the target.
  const y = (ms: number) => (H - (ms / top) * H).toFixed(1);
  const summary = `Predicted data age. ${series.map(sentence).join(" ")} Warn line ${formatAge(target.warnMs)}, error line ${formatAge(target.errorMs)}.`;
  return (
    <figure className="min-w-0 space-y-1" data-testid="predicted-age">
      <figcaption className="text-xs font-medium">Predicted data age</figcaption>
      <div className="flex gap-2">
        <div className="flex w-16 shrink-0 flex-col justify-between text-right text-[11px] whitespace-nowrap text-muted-foreground">
          <span>{formatAge(top)}</span>
          <span>0</span>
        </div>
        <svg
          viewBox={`0 0 ${W} ${H}`}
          preserveAspectRatio="none"
          className="h-28 min-w-0 flex-1 overflow-hidden rounded-sm border bg-background"
          role="img"
          aria-label={summary}
        >
          {(
            [
              [target.warnMs, "var(--warning)"],
              [target.errorMs, "var(--danger)"],
            ] as const
          ).map(([ms, color]) => (
            <line
              key={color}
              x1={0}
              x2={W}
              y1={y(ms)}
              y2={y(ms)}
              stroke={color}
              strokeWidth={1.5}
              strokeDasharray="6 4"
              vectorEffect="non-scaling-stroke"
            />
          ))}
          {curves.map((curve, i) => (
            <polyline
              key={series[i]?.label}
              points={curve.points.map((p) => `${x(p.atMs)},${y(p.ageMs)}`).join(" ")}
              fill="none"
              stroke={COLORS[i % COLORS.length]}
              strokeWidth={2}
              strokeDasharray={series[i]?.dashed ? "3 3" : undefined}
              strokeLinejoin="round"
              vectorEffect="non-scaling-stroke"
            />
          ))}
        </svg>
      </div>
      <div className="flex justify-between pl-18 text-[11px] text-muted-foreground">
        <span>last run ends</span>
        <span>+{formatAge(span)}</span>
      </div>
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted-foreground">
        {series.map((s, i) => (
          <li key={s.label} className="flex items-center gap-1.5">
            <svg aria-hidden width="16" height="4">
              <line
                x1="0"
                x2="16"
                y1="2"
                y2="2"
                stroke={COLORS[i % COLORS.length]}
                strokeWidth="2"
                strokeDasharray={s.dashed ? "3 3" : undefined}
              />
            </svg>
            {s.label} {s.outlook ? `(up to ${formatAge(s.outlook.worstAgeMs)})` : "(only gets older)"}
          </li>
        ))}
        <li className="flex items-center gap-1.5">
          <span aria-hidden className="inline-block h-0 w-4 border-t-2 border-dashed border-warning" />
          warn {formatAge(target.warnMs)}
        </li>
        <li className="flex items-center gap-1.5">
          <span aria-hidden className="inline-block h-0 w-4 border-t-2 border-dashed border-danger" />
          error {formatAge(target.errorMs)}
        </li>
      </ul>
      <details className="text-xs">
        <summary className="cursor-pointer text-muted-foreground">Show as a table</summary>
        <table className="mt-1 w-full text-left">
          <thead>
            <tr className="text-muted-foreground">
              <th className="py-1 pr-2 font-medium">Schedule</th>
              <th className="py-1 pr-2 font-medium">Oldest</th>
              <th className="py-1 pr-2 font-medium">With one failed run</th>
              <th className="py-1 font-medium">Against the target</th>
            </tr>
          </thead>
          <tbody>
            {series.map((s) => (
              <tr key={s.label} className="border-t">
                <td className="py-1 pr-2">{s.label}</td>
                <td className="py-1 pr-2">{s.outlook ? formatAge(s.outlook.worstAgeMs) : "grows"}</td>
                <td className="py-1 pr-2">{s.outlook ? formatAge(s.outlook.afterFailureMs) : "—"}</td>
                <td className="py-1">{standing(s.outlook)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
