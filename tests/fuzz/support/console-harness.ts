// The console's server code in-process, talking real HTTP to the real sandbox through a recording proxy.
// The proxy runs as its own process, so that with many inputs in flight it works on the second core.
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { freePort, startSandbox, type RunningSandbox } from "../../contract/helpers/sandbox-process";
import type { ProxyLogEntry } from "../../support/fault-proxy";

import { installRecorder, type Recorder } from "./upstream-recorder";

export const FUZZ_PASSWORD = "fuzz-demo-password-123";

export type Harness = {
  sandbox: RunningSandbox;
  /** Everything that reached the Partner API, in order, as the proxy saw it. */
  upstreamLog: () => Promise<ProxyLogEntry[]>;
  /** The same calls as seen by the console's fetch, each attributed to the input that caused it. */
  recorder: Recorder;
  /** Cookie header of a signed-in admin. */
  cookie: string;
  stop: () => Promise<void>;
};

async function startProxyProcess(target: string) {
  const [port, controlPort] = [await freePort(), await freePort()];
  const child = spawn(
    process.execPath,
    [
      "--import",
      "tsx",
      "tests/support/fault-proxy.ts",
      "--port",
      String(port),
      "--control-port",
      String(controlPort),
      "--target",
      target,
      // Longer than the console's own idle timeout, so it never sends on a connection the proxy is closing.
      "--keep-alive-ms",
      "60000",
    ],
    { stdio: "ignore" },
  );
  const control = `http://127.0.0.1:${controlPort}`;
  for (let tries = 0; ; tries++) {
    if (child.exitCode !== null) throw new Error(`fault proxy exited with ${child.exitCode}`);
    const ok = await fetch(`${control}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (tries > 300) throw new Error("fault proxy did not start");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url: `http://127.0.0.1:${port}`,
    log: readLogIncrementally(control),
    stop: () =>
      new Promise<void>((resolve) => {
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

/**
 * The proxy's log, fetched a piece at a time into a copy kept here: read whole, it grew past 4 MB over a fuzz file
 * and the proxy, at nice 10 beside e2e, closed the socket mid-answer (CI run at 4e42c93). A failed read is tried
 * again; the copy only ever grows, as the proxy's log does (nothing here clears it).
 */
function readLogIncrementally(control: string): () => Promise<ProxyLogEntry[]> {
  const copy: ProxyLogEntry[] = [];
  return async () => {
    for (let attempt = 1; ; attempt++) {
      try {
        const fresh = (await (await fetch(`${control}/log?from=${copy.length}`)).json()) as ProxyLogEntry[];
        for (const entry of fresh) copy.push(entry);
        return copy;
      } catch (error) {
        if (attempt >= 5) throw error;
        await new Promise((resolve) => setTimeout(resolve, 500 * attempt));
      }
    }
  };
}

/** Must run before any console module is imported: the console reads its env once, at import. */
/** `sandboxEnv`: the sandbox's own settings, e.g. SANDBOX_LIST_DELAY_MS for a status list that lags. */
export async function startHarness(options: { sandboxEnv?: Record<string, string> } = {}): Promise<Harness> {
  const sandbox = await startSandbox({ env: options.sandboxEnv });
  const proxy = await startProxyProcess(sandbox.baseUrl.replace(/\/api\/v1\/?$/, ""));
  const recorder = installRecorder(proxy.url);
  Object.assign(process.env, {
    PEAKA_API_BASE_URL: `${proxy.url}/api/v1`,
    PEAKA_API_KEY: sandbox.keys.partnerKey,
    // Generous: in npm test this sandbox and proxy run at nice 10 beside e2e and can wait seconds for a core; a
    // timeout here would be the machine's, not the console's (the fault matrix tests timeouts).
    PEAKA_TIMEOUT_MS: "30000",
    CONSOLE_DATA_DIR: mkdtempSync(join(tmpdir(), "console-fuzz-")),
    BETTER_AUTH_SECRET: "fuzz-secret-0123456789abcdef0123456789abcdef",
    BETTER_AUTH_URL: "http://127.0.0.1:3999",
    CONSOLE_SEED_DEMO_USERS: "1",
    CONSOLE_DEMO_PASSWORD: FUZZ_PASSWORD,
    LOG_LEVEL: "silent",
    AUTH_RATE_LIMIT: "off",
  });
  const { getAuth } = await import("@/lib/server/auth/init");
  const auth = await getAuth();
  const response = await auth.api.signInEmail({
    body: { email: "admin@demo.test", password: FUZZ_PASSWORD },
    asResponse: true,
  });
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  if (!cookie.includes("session_token")) throw new Error("fuzz harness: sign-in failed");
  return {
    sandbox,
    upstreamLog: proxy.log,
    recorder,
    cookie,
    async stop() {
      recorder.uninstall();
      await proxy.stop();
      await sandbox.stop();
    },
  };
}
