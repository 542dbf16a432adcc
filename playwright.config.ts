import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";

import { defineConfig, type PlaywrightTestConfig } from "@playwright/test";

import type { E2eRole } from "./e2e/fixtures";
import { FAULT_B_SPECS, FAULT_STACK_SPECS, requestedStacks } from "./e2e/projects";
import { FAULT_STACKS, faultUrls, stack, STACKS, type FaultStackName, type StackName } from "./e2e/stack";

type Options = { stackName: StackName; role: E2eRole | undefined };
type WebServer = Extract<NonNullable<PlaywrightTestConfig["webServer"]>, unknown[]>[number];

const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/**
 * Debian's headless shell (package chromium-headless-shell, the old headless mode, what Playwright itself runs
 * headless) when it is installed, else the full browser: the shell took 0.64x the CPU on the same specs, and
 * Chromium was 41 % of all the CPU `npm test` used (docs/benchmarks.md).
 */
const HEADLESS_SHELL = "/usr/bin/chromium-headless-shell";
const CHROMIUM = existsSync(HEADLESS_SHELL) ? HEADLESS_SHELL : "/usr/bin/chromium";

const specFiles = readdirSync("e2e")
  .filter((name) => name.endsWith(".spec.ts"))
  .map((name) => join(process.cwd(), "e2e", name));
// Decided once in the runner; the workers re-evaluate this file and must see the same projects.
process.env.E2E_STACKS ??= requestedStacks(process.argv, specFiles).join(",");
const stacks = new Set(process.env.E2E_STACKS.split(","));

const quiet = { reuseExistingServer: false, stdout: "ignore", stderr: "pipe" } as const;

function sandboxServer(port: number, dataDir: string, env: Record<string, string>): WebServer {
  return {
    command: `node --import tsx sandbox/main.ts --port ${port} --data-dir ${dataDir}`,
    url: `http://127.0.0.1:${port}/healthz`,
    env: { SANDBOX_PARTNER_KEY: stack.partnerKey, SANDBOX_QUIET: "1", ...env },
    timeout: 120_000,
    ...quiet,
  };
}

function consoleServer(port: number, url: string, env: Record<string, string>): WebServer {
  return {
    command: `node scripts/serve-console.mjs --port ${port}`,
    url: `${url}/api/health`,
    env: {
      NEXT_TELEMETRY_DISABLED: "1",
      PEAKA_API_KEY: stack.partnerKey,
      BETTER_AUTH_SECRET: stack.authSecret,
      BETTER_AUTH_URL: url,
      CONSOLE_SEED_DEMO_USERS: "1",
      CONSOLE_DEMO_PASSWORD: stack.demoPassword,
      AUTH_RATE_LIMIT: "off",
      ...env,
    },
    timeout: 120_000,
    ...quiet,
  };
}

const mainServers: WebServer[] = [
  // A vendor-side minimum interval, so e2e/schedule-rejection.spec.ts can meet Peaka's 400 on a schedule.
  sandboxServer(stack.sandboxPort, stack.sandboxDataDir, { SANDBOX_MIN_INTERVAL_SECONDS: "60" }),
  consoleServer(stack.consolePort, stack.consoleUrl, {
    PEAKA_API_BASE_URL: stack.sandboxUrl,
    CONSOLE_DATA_DIR: stack.consoleDataDir,
    LOG_FILE: stack.logFile,
    // Under the sandbox's 60 s, so schedule-rejection.spec.ts still meets Peaka's own refusal (PT30S).
    CONSOLE_MIN_INTERVAL: "PT10S",
    // e2e/alerts.spec.ts waits for an incident: ticks of a second (no rules, no reads: a tick costs two queries).
    CONSOLE_ALERT_INTERVAL: "1",
  }),
];

// A fault stack: console -> fault proxy -> its own sandbox (e2e/fault-matrix.spec.ts and FAULT_STACK_SPECS). Two of
// them, so the fault matrix's rows run on two workers.
function faultServers(name: FaultStackName): WebServer[] {
  const s = FAULT_STACKS[name];
  const urls = faultUrls(name);
  return [
    // About 1,000 rows a second, so the matrix can cancel a full refresh while it runs.
    sandboxServer(s.sandboxPort, s.sandboxDataDir, { SANDBOX_ROW_DELAY_MS: "1" }),
    {
      command: `node --import tsx tests/support/fault-proxy.ts --port ${s.proxyPort} --control-port ${s.proxyControlPort} --target http://127.0.0.1:${s.sandboxPort}`,
      url: `${urls.proxyControlUrl}/healthz`,
      timeout: 60_000,
      ...quiet,
    },
    consoleServer(s.consolePort, urls.consoleUrl, {
      PEAKA_API_BASE_URL: `${urls.proxyUrl}/api/v1`,
      PEAKA_TIMEOUT_MS: String(stack.faultTimeoutMs),
      CONSOLE_DATA_DIR: s.consoleDataDir,
      LOG_FILE: s.logFile,
    }),
  ];
}

type Project = NonNullable<PlaywrightTestConfig<Options>["projects"]>[number];
const globs = (names: string[]) => names.map((name) => `**/${name}`);
/** The fault matrix's rows tagged for the second fault stack (see e2e/fault-matrix.spec.ts). */
const ON_FAULT_B = /@fault-b/;

/** A stack's setup project (its sessions, e2e/auth.setup.ts) and its specs, one at a time: they share its sandbox. */
function stackProjects(
  stackName: StackName,
  name: string,
  specs: Pick<Project, "testMatch" | "testIgnore" | "grep" | "grepInvert">,
) {
  const use = { stackName, baseURL: STACKS[stackName].consoleUrl };
  const setup = `${stackName}-setup`;
  return [
    { name: setup, testMatch: /auth\.setup\.ts$/, use },
    { name, ...specs, dependencies: [setup], workers: 1, use },
  ] satisfies Project[];
}

const mainProjects = stackProjects("main", "main", { testIgnore: globs(FAULT_STACK_SPECS) });
const faultProjects = stackProjects("fault", "fault-matrix", {
  testMatch: globs(FAULT_STACK_SPECS),
  grepInvert: ON_FAULT_B,
});
const faultBProjects = stackProjects("fault-b", "fault-matrix-b", {
  testMatch: globs(FAULT_B_SPECS),
  grep: ON_FAULT_B,
});

export default defineConfig<Options>({
  testDir: "e2e",
  globalTeardown: "./e2e/global-teardown.ts",
  // One worker per stack (each project below allows one): the main specs and the two fault stacks run side by
  // side, each stack's specs one after another since they share its sandbox. The e2e step mostly waits (timeouts,
  // retries, polling), so three workers fit on two cores.
  workers: 3,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [
    ["list"],
    ...(process.env.CI ? [["json", { outputFile: "test-results/e2e.json" }] as const] : []),
    ["./e2e/support/run-dir-reporter.ts", { dir: stack.runDir }],
  ],
  use: {
    // Recorded on a retry, not for every test: a trace snapshots the page at each step, and keeping one for all of
    // them took half of Chromium's CPU (docs/benchmarks.md). A test that fails twice keeps its retry's trace;
    // locally (no retries) pass --trace on.
    trace: "on-first-retry",
    browserName: "chromium",
    launchOptions: { executablePath: CHROMIUM, args: CHROMIUM_ARGS },
  },
  projects: [
    ...(stacks.has("main") ? mainProjects : []),
    ...(stacks.has("fault") ? faultProjects : []),
    ...(stacks.has("fault-b") ? faultBProjects : []),
  ],
  webServer: [
    ...(stacks.has("main") ? mainServers : []),
    ...(stacks.has("fault") ? faultServers("fault") : []),
    ...(stacks.has("fault-b") ? faultServers("fault-b") : []),
  ],
});
