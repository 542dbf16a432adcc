import { spawn, type ChildProcess } from "node:child_process";
import { request as httpRequest } from "node:http";
import { join } from "node:path";

import { freePortSync } from "../tests/support/free-port";

import { stack } from "./stack";
import { waitFor } from "./throttled-stack";

/**
 * A console of its own, in front of the main sandbox, with sign-in rate limiting on (the main e2e console runs
 * with AUTH_RATE_LIMIT=off) and a trusted proxy address, announced as served over https for HSTS.
 */
export function securityConsole(trustedProxy: string) {
  const port = freePortSync();
  const url = `http://127.0.0.1:${port}`;
  const publicUrl = `https://127.0.0.1:${port}`;
  let child: ChildProcess | undefined;
  return {
    url,
    publicUrl,
    async start(): Promise<void> {
      child = spawn(process.execPath, ["scripts/serve-console.mjs", "--port", String(port)], {
        stdio: "ignore",
        env: {
          ...process.env,
          NEXT_TELEMETRY_DISABLED: "1",
          PEAKA_API_BASE_URL: stack.sandboxUrl,
          PEAKA_API_KEY: stack.partnerKey,
          BETTER_AUTH_SECRET: stack.authSecret,
          BETTER_AUTH_URL: publicUrl,
          CONSOLE_DATA_DIR: join(stack.runDir, `security-console-${port}`),
          LOG_FILE: join(stack.runDir, `security-console-${port}.log`),
          CONSOLE_SEED_DEMO_USERS: "1",
          CONSOLE_DEMO_PASSWORD: stack.demoPassword,
          CONSOLE_TRUSTED_PROXIES: trustedProxy,
          AUTH_RATE_LIMIT: "on",
        },
      });
      await waitFor(`${url}/api/health`, 60_000);
    },
    stop(): void {
      child?.kill("SIGTERM");
    },
  };
}

export type RawAnswer = {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
};

/** One HTTP request from a chosen loopback source address (all of 127.0.0.0/8 is local). */
export function rawRequest(
  url: string,
  options: { method?: string; from?: string; headers?: Record<string, string | number>; body?: string },
): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      url,
      { method: options.method ?? "GET", localAddress: options.from, headers: options.headers, agent: false },
      (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => (body += chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on("error", reject);
    req.end(options.body);
  });
}
