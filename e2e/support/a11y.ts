import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/**
 * axe with the WCAG 2.0 and 2.1 A/AA rules. By default only serious and critical findings fail; `all: true` fails on
 * any finding. `exclude` leaves out a region that is checked elsewhere.
 */
export async function expectNoA11yViolations(
  page: Page,
  { step = page.url(), exclude, all = false }: { step?: string; exclude?: string; all?: boolean } = {},
): Promise<void> {
  // A toast still fading in has the contrast of its half-way opacity: finite animations end first (spinners and
  // skeleton pulses run forever and are left alone).
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a.effect?.getComputedTiming().iterations !== Infinity)
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
  let builder = new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]);
  if (exclude) builder = builder.exclude(exclude);
  const { violations } = await builder.analyze();
  const failing = all
    ? violations
    : violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(
    failing.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
    `axe on ${step}`,
  ).toEqual([]);
}
