import type { Page } from "@playwright/test";

export function runCard(page: Page, kind: "full" | "incremental") {
  return page.locator(`section[data-run-kind="${kind}"]`);
}

export function counter(page: Page, kind: "full" | "incremental", field: string) {
  return runCard(page, kind).locator(`[data-counter="${field}"]`);
}
