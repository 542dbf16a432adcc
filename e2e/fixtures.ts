// The specs' one `test`: a signed-in page per role from the storage state e2e/auth.setup.ts wrote once per stack,
// the stack's sandbox client and a server-action caller. The stack comes from the Playwright project.
import { randomUUID } from "node:crypto";
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";

import {
  test as base,
  expect,
  request as playwrightRequest,
  type BrowserContext,
  type Page,
} from "@playwright/test";

import { STACKS, stack, type StackName } from "./stack";
import { partnerApi, type PartnerApi } from "./support/partner-api";
import { callAction, type ActionReply, type BuildAction } from "./support/server-actions";

export { expect };

export type E2eRole = "viewer" | "operator" | "admin";
export const ROLES: E2eRole[] = ["viewer", "operator", "admin"];

export const DEMO_USERS: Record<E2eRole, { email: string; name: string }> = {
  viewer: { email: "viewer@demo.test", name: "Vera Viewer" },
  operator: { email: "operator@demo.test", name: "Otto Operator" },
  admin: { email: "admin@demo.test", name: "Ada Admin" },
};

/** Signs in through the real form and waits for the signed-in shell: only for specs about signing in. */
export async function signInThroughForm(page: Page, role: E2eRole): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(DEMO_USERS[role].email);
  await page.getByLabel("Password").fill(stack.demoPassword);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
}

export const authFile = (name: string, role: E2eRole) => join(stack.runDir, "auth", `${name}-${role}.json`);

/** Signs in through better-auth's endpoint (what the form posts) and keeps the session cookie in `file`. */
export async function saveSignedInState(consoleUrl: string, role: E2eRole, file: string): Promise<void> {
  const request = await playwrightRequest.newContext({ baseURL: consoleUrl });
  try {
    const response = await request.post("/api/auth/sign-in/email", {
      headers: { origin: consoleUrl },
      data: { email: DEMO_USERS[role].email, password: stack.demoPassword },
    });
    expect(response.status(), `sign in as ${role} at ${consoleUrl}`).toBe(200);
    mkdirSync(dirname(file), { recursive: true });
    await request.storageState({ path: file });
  } finally {
    await request.dispose();
  }
}

type Options = {
  /** Which stack the project runs against: its console is the baseURL, its sandbox the `sandbox` fixture's. */
  stackName: StackName;
  /** Who `page` is signed in as; unset: a visitor without a session. */
  role: E2eRole | undefined;
};

type Fixtures = {
  /** The stack's sandbox, called directly with the partner key. */
  sandbox: PartnerApi;
  /**
   * Another page, in a context of its own, signed in as `role` (a second role in one test). `ownSession`: a session
   * of its own instead of the shared one, for two people at once.
   */
  pageAs: (role: E2eRole, options?: { ownSession?: boolean }) => Promise<Page>;
  /** A server action called over HTTP with `page`'s session, from the console's own origin. */
  callAction: (
    page: Page,
    action: BuildAction | string,
    payload: unknown,
    options?: { at?: string; body?: string },
  ) => Promise<ActionReply>;
};

// The fixture callback is named `provide`, not Playwright's usual `use`, which React's hook lint rule would claim.
export const test = base.extend<Fixtures & Options>({
  stackName: ["main", { option: true }],
  role: [undefined, { option: true }],
  storageState: async ({ stackName, role }, provide) => {
    await provide(role ? authFile(stackName, role) : undefined);
  },
  sandbox: async ({ request, stackName }, provide) => {
    await provide(partnerApi(request, STACKS[stackName].sandboxUrl));
  },
  pageAs: async ({ browser, baseURL, viewport, stackName }, provide) => {
    const contexts: BrowserContext[] = [];
    await provide(async (role, { ownSession = false } = {}) => {
      let storageState = authFile(stackName, role);
      if (ownSession) {
        storageState = authFile(`${stackName}-own-${randomUUID()}`, role);
        await saveSignedInState(baseURL ?? STACKS[stackName].consoleUrl, role, storageState);
      }
      const context = await browser.newContext({ baseURL, viewport, storageState });
      contexts.push(context);
      return context.newPage();
    });
    await Promise.all(contexts.map((context) => context.close()));
  },
  callAction: async ({ baseURL }, provide) => {
    await provide((page, action, payload, options) =>
      callAction(page.request, action, payload, { origin: baseURL ?? stack.consoleUrl, ...options }),
    );
  },
});
