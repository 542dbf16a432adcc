import { expect, type Locator, type Page } from "@playwright/test";

/**
 * Full-page screenshots at 1280 and 390 px in light and dark, to docs/screenshots/<name>-<width>-<scheme>.png.
 * `noOverflow`: nothing may be wider than the screen (a clipped name or badge would widen the page).
 * `focus`: something inside a scrolling dialog; it is scrolled into view and the screen is shot instead.
 */
export async function shootThemesAndWidths(
  page: Page,
  name: string,
  { noOverflow = false, focus }: { noOverflow?: boolean; focus?: Locator } = {},
): Promise<void> {
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      if (noOverflow)
        expect(await page.evaluate(() => document.documentElement.scrollWidth), `${name} at ${width}`).toBe(
          width,
        );
      // A sticky header is drawn where the page was scrolled to: shoot from the top.
      await page.evaluate(() => window.scrollTo(0, 0));
      const path = `docs/screenshots/${name}-${width}-${scheme}.png`;
      if (focus) {
        await focus.evaluate((el) => el.scrollIntoView({ block: "center" }));
        await page.screenshot({ path });
      } else await page.screenshot({ path, fullPage: true });
    }
  }
  await page.emulateMedia({ colorScheme: "light" });
  await page.setViewportSize({ width: 1280, height: 900 });
}
