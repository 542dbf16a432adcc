import AxeBuilder from "@axe-core/playwright";
import { expect, type APIRequestContext, type Page } from "@playwright/test";

import { stack } from "./stack";

export type E2eRole = "viewer" | "operator" | "admin";

export const DEMO_USERS: Record<E2eRole, { email: string; name: string }> = {
  viewer: { email: "viewer@demo.test", name: "Vera Viewer" },
  operator: { email: "operator@demo.test", name: "Otto Operator" },
  admin: { email: "admin@demo.test", name: "Ada Admin" },
};

/** Signs in through the real form and waits until the console shows the signed-in shell. */
export async function signIn(page: Page, role: E2eRole): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(DEMO_USERS[role].email);
  await page.getByLabel("Password").fill(stack.demoPassword);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
}

type Json = Record<string, unknown> | unknown[];

/** Talks to the sandbox Partner API directly, the way an operator with curl would. */
export function sandboxApi(request: APIRequestContext) {
  const headers = { authorization: `Bearer ${stack.partnerKey}`, "content-type": "application/json" };
  const url = (path: string) => `${stack.sandboxUrl}${path}`;
  return {
    async get<T = Json>(path: string): Promise<T> {
      const response = await request.get(url(path), { headers });
      expect(response.status(), `GET ${path}`).toBe(200);
      return (await response.json()) as T;
    },
    async post<T = Json>(path: string, body?: unknown): Promise<T> {
      const response = await request.post(url(path), { headers, data: body ?? {} });
      expect(response.status(), `POST ${path}`).toBe(200);
      const text = await response.text();
      return (text ? JSON.parse(text) : {}) as T;
    },
    async delete(path: string): Promise<void> {
      const response = await request.delete(url(path), { headers });
      expect(response.status(), `DELETE ${path}`).toBe(200);
    },
  };
}

export type SandboxCatalog = { id: string; name: string };
export type SandboxCacheStatus = { id: string; status: string; tableName: string };

/** WCAG 2 A/AA check; only serious and critical findings fail the test. */
export async function expectNoSeriousA11yViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}
