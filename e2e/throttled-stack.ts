import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";

import type { Browser, BrowserContext, Page } from "@playwright/test";

import { freePortSync } from "../tests/support/free-port";

import { authFile, saveSignedInState, type E2eRole } from "./fixtures";
import { stack } from "./stack";

export async function waitFor(url: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const ok = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not come up within ${timeoutMs} ms`);
}

/**
 * A second sandbox with SANDBOX_ROW_DELAY_MS on (about 1,000 rows a second) and a console in front of
 * it, so a run lasts long enough to watch and cancel without slowing every other spec. With `churnPerSecond`,
 * `sandbox/churn.ts` (npm run sandbox:churn) changes source rows that often while the stack runs.
 */
export function throttledStack(options: { churnPerSecond?: number } = {}) {
  const sandboxPort = freePortSync();
  const consolePort = freePortSync();
  const consoleUrl = `http://127.0.0.1:${consolePort}`;
  const sandboxUrl = `http://127.0.0.1:${sandboxPort}/api/v1`;
  const children: ChildProcess[] = [];
  const contexts: BrowserContext[] = [];
  return {
    consoleUrl,
    sandboxUrl,
    /**
     * A page on this stack signed in as `role`. The stack has its own users database, so its sessions are made
     * here, once per role, not by e2e/auth.setup.ts; `stop` closes the pages.
     */
    async pageAs(browser: Browser, role: E2eRole): Promise<Page> {
      const storageState = authFile(`slow-${consolePort}`, role);
      if (!existsSync(storageState)) await saveSignedInState(consoleUrl, role, storageState);
      const context = await browser.newContext({ baseURL: consoleUrl, storageState });
      contexts.push(context);
      return context.newPage();
    },
    async start(): Promise<void> {
      children.push(
        spawn(
          process.execPath,
          [
            "--import",
            "tsx",
            "sandbox/main.ts",
            "--port",
            String(sandboxPort),
            "--data-dir",
            join(stack.runDir, "slow-sandbox"),
          ],
          {
            stdio: "ignore",
            env: {
              ...process.env,
              SANDBOX_PARTNER_KEY: stack.partnerKey,
              SANDBOX_QUIET: "1",
              SANDBOX_ROW_DELAY_MS: "1",
            },
          },
        ),
      );
      await waitFor(`http://127.0.0.1:${sandboxPort}/healthz`, 60_000);
      if (options.churnPerSecond) {
        const churn = [
          "--data-dir",
          join(stack.runDir, "slow-sandbox"),
          "--rate",
          String(options.churnPerSecond),
        ];
        children.push(
          spawn(process.execPath, ["--import", "tsx", "sandbox/churn.ts", ...churn], { stdio: "ignore" }),
        );
      }
      children.push(
        spawn(process.execPath, ["scripts/serve-console.mjs", "--port", String(consolePort)], {
          stdio: "ignore",
          env: {
            ...process.env,
            NEXT_TELEMETRY_DISABLED: "1",
            PEAKA_API_BASE_URL: sandboxUrl,
            PEAKA_API_KEY: stack.partnerKey,
            BETTER_AUTH_SECRET: stack.authSecret,
            BETTER_AUTH_URL: consoleUrl,
            CONSOLE_DATA_DIR: join(stack.runDir, "slow-console"),
            LOG_FILE: join(stack.runDir, "slow-console.log"),
            CONSOLE_SEED_DEMO_USERS: "1",
            CONSOLE_DEMO_PASSWORD: stack.demoPassword,
            AUTH_RATE_LIMIT: "off",
          },
        }),
      );
      await waitFor(`${consoleUrl}/api/health`, 60_000);
    },
    async stop(): Promise<void> {
      await Promise.all(contexts.splice(0).map((context) => context.close()));
      for (const child of children) child.kill("SIGTERM");
    },
  };
}
