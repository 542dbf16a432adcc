import { randomBytes } from "node:crypto";
import { mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { freePortSync } from "../tests/support/free-port";

const freePort = (): string => String(freePortSync());

// Playwright re-evaluates the config in every worker; values live in env so all processes agree.
function once(name: string, make: () => string): string {
  const existing = process.env[name];
  if (existing) return existing;
  const value = make();
  process.env[name] = value;
  return value;
}

/** Console -> fault proxy -> sandbox: where each of a fault stack's processes listens and keeps its files. */
export type FaultStack = {
  sandboxPort: number;
  sandboxDataDir: string;
  proxyPort: number;
  proxyControlPort: number;
  consolePort: number;
  consoleDataDir: string;
  logFile: string;
};

export const stack = (() => {
  const runDir = once("E2E_RUN_DIR", () => {
    const dir = join(tmpdir(), `cache-console-e2e-${Date.now()}-${randomBytes(3).toString("hex")}`);
    mkdirSync(dir, { recursive: true });
    return dir;
  });
  const sandboxPort = once("E2E_SANDBOX_PORT", freePort);
  const consolePort = once("E2E_CONSOLE_PORT", freePort);
  const partnerKey = once("E2E_PARTNER_KEY", () => `e2ePartner.${randomBytes(18).toString("base64url")}`);
  const authSecret = once("E2E_AUTH_SECRET", () => randomBytes(32).toString("base64url"));
  const demoPassword = once("E2E_DEMO_PASSWORD", () => `demo-${randomBytes(9).toString("base64url")}`);
  // The fault matrix runs a second console behind a fault proxy, against its own sandbox.
  const faultSandboxPort = once("E2E_FAULT_SANDBOX_PORT", freePort);
  const proxyPort = once("E2E_PROXY_PORT", freePort);
  const proxyControlPort = once("E2E_PROXY_CONTROL_PORT", freePort);
  const faultConsolePort = once("E2E_FAULT_CONSOLE_PORT", freePort);
  // A second fault stack of the same shape, so the fault matrix's cells run on two workers.
  const faultB: FaultStack = {
    sandboxPort: Number(once("E2E_FAULT_B_SANDBOX_PORT", freePort)),
    sandboxDataDir: join(runDir, "fault-b-sandbox"),
    proxyPort: Number(once("E2E_FAULT_B_PROXY_PORT", freePort)),
    proxyControlPort: Number(once("E2E_FAULT_B_PROXY_CONTROL_PORT", freePort)),
    consolePort: Number(once("E2E_FAULT_B_CONSOLE_PORT", freePort)),
    consoleDataDir: join(runDir, "fault-b-console"),
    logFile: join(runDir, "fault-b-console.log"),
  };
  return {
    runDir,
    sandboxDataDir: join(runDir, "sandbox"),
    consoleDataDir: join(runDir, "console"),
    sandboxPort: Number(sandboxPort),
    consolePort: Number(consolePort),
    sandboxUrl: `http://127.0.0.1:${sandboxPort}/api/v1`,
    consoleUrl: `http://127.0.0.1:${consolePort}`,
    partnerKey,
    authSecret,
    demoPassword,
    logFile: join(runDir, "console.log"),
    faultSandboxPort: Number(faultSandboxPort),
    faultSandboxDataDir: join(runDir, "fault-sandbox"),
    faultSandboxUrl: `http://127.0.0.1:${faultSandboxPort}/api/v1`,
    proxyPort: Number(proxyPort),
    proxyControlUrl: `http://127.0.0.1:${proxyControlPort}`,
    proxyControlPort: Number(proxyControlPort),
    faultConsolePort: Number(faultConsolePort),
    faultConsoleUrl: `http://127.0.0.1:${faultConsolePort}`,
    faultConsoleDataDir: join(runDir, "fault-console"),
    faultLogFile: join(runDir, "fault-console.log"),
    faultB,
    /** Short, so "latency past the timeout" and "hang" cells finish quickly. */
    faultTimeoutMs: 1500,
  };
})();

/** The stacks the specs run against; each Playwright project names its own (see playwright.config.ts). */
export type StackName = "main" | FaultStackName;
export type FaultStackName = "fault" | "fault-b";

/** Both fault stacks in one shape (the first one's fields are also flat on `stack`, for the specs that use it). */
export const FAULT_STACKS: Record<FaultStackName, FaultStack> = {
  fault: {
    sandboxPort: stack.faultSandboxPort,
    sandboxDataDir: stack.faultSandboxDataDir,
    proxyPort: stack.proxyPort,
    proxyControlPort: stack.proxyControlPort,
    consolePort: stack.faultConsolePort,
    consoleDataDir: stack.faultConsoleDataDir,
    logFile: stack.faultLogFile,
  },
  "fault-b": stack.faultB,
};

const local = (port: number) => `http://127.0.0.1:${port}`;
/** A fault stack's URLs: its console, its sandbox (read and cleaned directly, not through the proxy), its proxy. */
export const faultUrls = (name: FaultStackName) => {
  const s = FAULT_STACKS[name];
  return {
    consoleUrl: local(s.consolePort),
    sandboxUrl: `${local(s.sandboxPort)}/api/v1`,
    proxyUrl: local(s.proxyPort),
    proxyControlUrl: local(s.proxyControlPort),
  };
};

export const STACKS: Record<StackName, { consoleUrl: string; sandboxUrl: string }> = {
  main: { consoleUrl: stack.consoleUrl, sandboxUrl: stack.sandboxUrl },
  fault: faultUrls("fault"),
  "fault-b": faultUrls("fault-b"),
};
