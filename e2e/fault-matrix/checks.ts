import { expect, type Locator, type Page } from "@playwright/test";

/** The console's own plain-language guidance (lib/server/peaka/errors.ts and the action fallbacks). */
export const GUIDANCE =
  /Peaka did not answer in time|could not reach the Peaka API|rejected the console's API key|not allowed to do this|Peaka could not find it|clashes with something|Peaka refused the request|too many requests right now|Peaka had a problem answering|data the console does not understand|The console could not/;

// Text that only a leak could put on screen: the proxy's injected vendor bodies, stack traces, crash pages.
const FORBIDDEN: [string, RegExp][] = [
  ["vendor message", /Injected \d{3}|upstream unreachable|\bToo many requests\b/],
  ["vendor error code", /HTTP_\d{3}|PROXY_UPSTREAM|RATE_LIMITED/],
  ["vendor HTML", /nginx|<html|<body/i],
  ["unknown vendor field", /vendorAddedField/],
  ["stack trace", /\n\s*at .+:\d+:\d+|node_modules|webpack-internal|\.tsx?:\d+/],
  ["raw exception", /TypeError|ReferenceError|SyntaxError|ZodError|Unexpected end of JSON|Unexpected token/],
  ["crash page", /Application error: a (client|server)-side exception|Internal Server Error/],
];

export function leaksIn(text: string): string[] {
  return FORBIDDEN.filter(([, pattern]) => pattern.test(text)).map(([name]) => name);
}

/** Not blank, not crashed, nothing raw: what every cell must show whatever the fault. */
export async function expectHealthyPage(page: Page): Promise<string> {
  const text = await page.locator("body").innerText();
  expect(text.trim().length, "the page is blank").toBeGreaterThan(40);
  expect(leaksIn(text), `raw text on the page:\n${text.slice(0, 600)}`).toEqual([]);
  return text;
}

export type Shown = { outcome: "success" | "error"; message: string };

/** Waits until the page shows either the data (success) or one of the console's plain messages. */
export async function settle(page: Page, success: Locator, timeoutMs = 45_000): Promise<Shown> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await success.first().isVisible()) return { outcome: "success", message: "" };
    const text = await page.locator("body").innerText();
    const line = text.split("\n").find((l) => GUIDANCE.test(l));
    if (line) return { outcome: "error", message: line.trim() };
    await page.waitForTimeout(200);
  }
  throw new Error(
    `neither the data nor a plain message appeared:\n${(await page.locator("body").innerText()).slice(0, 600)}`,
  );
}
