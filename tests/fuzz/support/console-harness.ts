// The console's server code in-process, talking real HTTP straight to the real sandbox, which keeps a log of
// every request it received (SANDBOX_REQUEST_LOG=1): the fuzz compares it with the calls it saw leave.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { startSandbox, type RunningSandbox } from "../../contract/helpers/sandbox-process";

import { installRecorder, type Recorder, type WireEntry } from "./upstream-recorder";

export const FUZZ_PASSWORD = "fuzz-demo-password-123";

export type Harness = {
  sandbox: RunningSandbox;
  /** Everything that reached the Partner API, in order, as the sandbox received it. */
  upstreamLog: () => Promise<WireEntry[]>;
  /** The same calls as seen by the console's fetch, each attributed to the input that caused it. */
  recorder: Recorder;
  /** Cookie header of a signed-in admin. */
  cookie: string;
  stop: () => Promise<void>;
};

/**
 * The sandbox's request log, fetched a piece at a time into a copy kept here (read whole, such a log of a fuzz file
 * once grew past 4 MB and the socket closed mid-answer under load). A failed read is tried again; the copy only ever
 * grows, as the log does.
 */
function readLogIncrementally(
  origin: string,
  partnerKey: string,
  plainFetch: typeof fetch,
): () => Promise<WireEntry[]> {
  const copy: WireEntry[] = [];
  return async () => {
    for (let attempt = 1; ; attempt++) {
      try {
        const response = await plainFetch(`${origin}/sandbox/control/requests?from=${copy.length}`, {
          headers: { authorization: `Bearer ${partnerKey}` },
        });
        if (!response.ok) throw new Error(`request log: HTTP ${response.status}`);
        for (const entry of (await response.json()) as WireEntry[]) copy.push(entry);
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
  const sandbox = await startSandbox({ env: { SANDBOX_REQUEST_LOG: "1", ...options.sandboxEnv } });
  const origin = new URL(sandbox.baseUrl).origin;
  // Reads of the log itself go around the recorder: they are not the console's calls.
  const plainFetch = globalThis.fetch;
  const recorder = installRecorder(origin);
  Object.assign(process.env, {
    PEAKA_API_BASE_URL: sandbox.baseUrl,
    PEAKA_API_KEY: sandbox.keys.partnerKey,
    // Generous: in npm test this sandbox runs at nice 10 beside e2e and can wait seconds for a core; a
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
    upstreamLog: readLogIncrementally(origin, sandbox.keys.partnerKey, plainFetch),
    recorder,
    cookie,
    async stop() {
      recorder.uninstall();
      await sandbox.stop();
    },
  };
}
