import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { freePort } from "../../support/free-port";

export type DevKeys = {
  baseUrl: string;
  partnerKey: string;
  projects: { id: string; name: string; apiKey: string }[];
};

export type RunningSandbox = {
  dataDir: string;
  baseUrl: string;
  keys: DevKeys;
  child: ChildProcess;
  stop(): Promise<void>;
  kill(): Promise<void>;
};

export function removeDataDir(dataDir: string): void {
  rmSync(dataDir, { recursive: true, force: true });
}

/** The seeded folder of tests/support/sandbox-template.ts, outside Vitest (or before its setup) none. */
async function template(): Promise<string | undefined> {
  try {
    const { inject } = await import("vitest");
    return inject("sandboxTemplate");
  } catch {
    return undefined;
  }
}

const emptyDataDir = (): string => mkdtempSync(join(tmpdir(), "sandbox-contract-"));

/** A data directory holding the sandbox's seed, as after its first start (a copy of the run's template). */
export async function newDataDir(): Promise<string> {
  const dir = emptyDataDir();
  const seeded = await template();
  if (seeded) cpSync(seeded, dir, { recursive: true });
  return dir;
}
export const newPartnerKey = (): string => `testPartner.${randomBytes(12).toString("base64url")}`;

async function waitHealthy(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`sandbox exited with ${child.exitCode}:\n${output()}`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`sandbox did not become healthy:\n${output()}`);
}

const exited = (child: ChildProcess): Promise<void> =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise((resolve) => child.once("exit", () => resolve()));

// Starts the real server exactly as `npm run sandbox` does, on a free port.
export async function startSandbox(
  options: {
    dataDir?: string;
    /** "empty": a new, empty folder the sandbox seeds itself (for what its first start does), not a seeded copy. */
    from?: "empty";
    partnerKey?: string;
    env?: Record<string, string>;
  } = {},
): Promise<RunningSandbox> {
  const dataDir = options.dataDir ?? (options.from === "empty" ? emptyDataDir() : await newDataDir());
  const port = await freePort();
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "sandbox/main.ts", "--port", String(port), "--data-dir", dataDir],
    {
      env: {
        ...process.env,
        SANDBOX_QUIET: "1",
        SANDBOX_PARTNER_KEY: options.partnerKey ?? newPartnerKey(),
        ...options.env,
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let log = "";
  child.stdout?.on("data", (d: Buffer) => (log += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (log += d.toString()));
  await waitHealthy(`http://127.0.0.1:${port}/healthz`, child, () => log);
  const keys = JSON.parse(readFileSync(join(dataDir, "dev-keys.json"), "utf8")) as DevKeys;
  return {
    dataDir,
    baseUrl: keys.baseUrl,
    keys,
    child,
    stop: async () => {
      child.kill("SIGTERM");
      await exited(child);
    },
    kill: async () => {
      child.kill("SIGKILL");
      await exited(child);
    },
  };
}
