// The console's server code in-process, talking real HTTP to the real sandbox through a recording proxy.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { startSandbox, type RunningSandbox } from "../../contract/helpers/sandbox-process";
import { startFaultProxy, type ProxyLogEntry } from "../../support/fault-proxy";

export const FUZZ_PASSWORD = "fuzz-demo-password-123";

export type Harness = {
  sandbox: RunningSandbox;
  /** Everything that reached the Partner API, in order. */
  upstream: ProxyLogEntry[];
  /** Cookie header of a signed-in admin. */
  cookie: string;
  stop: () => Promise<void>;
};

/** Must run before any console module is imported: the console reads its env once, at import. */
export async function startHarness(): Promise<Harness> {
  const sandbox = await startSandbox();
  const proxy = await startFaultProxy({ target: sandbox.baseUrl.replace(/\/api\/v1\/?$/, "") });
  Object.assign(process.env, {
    PEAKA_API_BASE_URL: `${proxy.url}/api/v1`,
    PEAKA_API_KEY: sandbox.keys.partnerKey,
    PEAKA_TIMEOUT_MS: "5000",
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
    upstream: proxy.log,
    cookie,
    async stop() {
      await proxy.stop();
      await sandbox.stop();
    },
  };
}
