// @vitest-environment happy-dom
import { cleanup, render, screen, within } from "@testing-library/react";
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";

import { PredictedAgeChart } from "@/components/freshness/predicted-age-chart";
import { ageAxisTop, predictedAgeCurve, predictionSpan } from "@/lib/freshness/predicted-age";
import type { Outlook } from "@/lib/freshness/propose-schedule";

afterEach(cleanup);

const outlook = (worstAgeMs: number, afterFailureMs: number, fits: Outlook["fits"] = "warn"): Outlook => ({
  worstAgeMs,
  afterFailureMs,
  fits,
  basis: "measured",
});
const MIN = 60_000;

describe("predictedAgeCurve", () => {
  it("is a sawtooth up to the worst age, with one failed run in the last tooth", () => {
    expect(predictedAgeCurve(outlook(10, 20), 50)).toEqual({
      points: [
        { atMs: 0, ageMs: 0 },
        { atMs: 10, ageMs: 10 },
        { atMs: 10, ageMs: 0 },
        { atMs: 20, ageMs: 10 },
        { atMs: 20, ageMs: 0 },
        { atMs: 30, ageMs: 10 },
        { atMs: 30, ageMs: 0 },
        { atMs: 50, ageMs: 20 },
      ],
      failureAtMs: 30,
    });
  });

  it("grows without end when there is no schedule", () => {
    expect(predictedAgeCurve(null, 90)).toEqual({
      points: [
        { atMs: 0, ageMs: 0 },
        { atMs: 90, ageMs: 90 },
      ],
      failureAtMs: null,
    });
  });

  it("never goes back in time, ends at the span, and never passes the after-failure age", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 1, max: 10_000 }),
        (worst, extra) => {
          const o = outlook(worst, worst + extra);
          const span = predictionSpan([o], { warnMs: 1, errorMs: 2 });
          const { points } = predictedAgeCurve(o, span);
          for (let i = 1; i < points.length; i++)
            expect(points[i]!.atMs).toBeGreaterThanOrEqual(points[i - 1]!.atMs);
          expect(points.at(-1)!.atMs).toBe(span);
          expect(Math.max(...points.map((p) => p.ageMs))).toBe(o.afterFailureMs);
          // At least two ordinary teeth before the failed run.
          expect(points.filter((p) => p.ageMs === worst).length).toBeGreaterThanOrEqual(2);
        },
      ),
    );
  });
});

describe("the chart's span and age axis", () => {
  const target = { warnMs: 60 * MIN, errorMs: 180 * MIN };
  const typed = outlook(360 * MIN, 720 * MIN, "neither");
  const proposed = outlook(45 * MIN, 90 * MIN);

  it("spans the faster schedule's teeth (the slower one climbs past the lines), or 1.5 error lines", () => {
    expect(predictionSpan([typed, proposed], target)).toBe(270 * MIN);
    expect(predictionSpan([outlook(5 * MIN, 10 * MIN)], target)).toBe(270 * MIN);
    expect(predictionSpan([outlook(120 * MIN, 240 * MIN)], target)).toBe(480 * MIN);
    expect(predictionSpan([null], target)).toBe(270 * MIN);
  });

  it("tops the axis a quarter over the error line, or over the lowest curve, at a readable step", () => {
    const span = predictionSpan([typed, proposed], target);
    const curves = [typed, proposed].map((o) => predictedAgeCurve(o, span));
    expect(ageAxisTop(curves, target)).toBe(240 * MIN);
    const late = predictedAgeCurve(outlook(150 * MIN, 300 * MIN, "neither"), 600 * MIN);
    expect(ageAxisTop([late], target)).toBe(360 * MIN);
  });
});

describe("PredictedAgeChart", () => {
  it("says in words and in a table how each schedule stands against the lines", () => {
    render(
      <PredictedAgeChart
        target={{ warnMs: 60 * MIN, errorMs: 180 * MIN }}
        series={[
          { label: "As typed", outlook: outlook(125 * MIN, 245 * MIN, "error") },
          { label: "Proposed", outlook: outlook(50 * MIN, 95 * MIN), dashed: true },
        ]}
      />,
    );
    const label = screen.getByRole("img").getAttribute("aria-label") ?? "";
    expect(label).toContain(
      "As typed: at most 2 h 5 min, 4 h 5 min with one failed run (passes the warn line).",
    );
    expect(label).toContain(
      "Proposed: at most 50 min, 1 h 35 min with one failed run (stays under the warn line).",
    );
    expect(label).toContain("Warn line 1 h, error line 3 h.");
    const rows = within(screen.getByRole("table")).getAllByRole("row");
    expect(rows.map((r) => r.textContent)).toEqual([
      "ScheduleOldestWith one failed runAgainst the target",
      "As typed2 h 5 min4 h 5 minpasses the warn line",
      "Proposed50 min1 h 35 minstays under the warn line",
    ]);
    expect(document.querySelectorAll("polyline")).toHaveLength(2);
  });
});
