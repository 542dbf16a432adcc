// Shared by the bench runners that need a real sandbox and a production console on free ports.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { join } from "node:path";

import { freePort } from "../../scripts/free-port.mjs";

export const PROJECT = "demoPrj1";

export async function waitFor(url) {
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not come up`);
}

/** Starts the sandbox on a free port; every process started through the returned stack stops on exit. */
export async function startSandbox(dir) {
  const key = `bench.${randomBytes(12).toString("base64url")}`;
  const password = `bench-${randomBytes(8).toString("hex")}`;
  const port = await freePort();
  const sandboxUrl = `http://127.0.0.1:${port}/api/v1`;
  const children = [
    spawn(
      process.execPath,
      ["--import", "tsx", "sandbox/main.ts", "--port", String(port), "--data-dir", join(dir, "sb")],
      {
        env: { ...process.env, SANDBOX_PARTNER_KEY: key, SANDBOX_QUIET: "1" },
        stdio: "ignore",
      },
    ),
  ];
  const stopAll = () => children.forEach((c) => c.kill("SIGTERM"));
  process.on("exit", stopAll);
  await waitFor(`http://127.0.0.1:${port}/healthz`);
  const auth = { authorization: `Bearer ${key}`, "content-type": "application/json" };

  /** Starts a production console (`extra` adds environment) and resolves with its URL once it answers. */
  async function startConsole(name, extra = {}) {
    const consolePort = await freePort();
    const url = `http://127.0.0.1:${consolePort}`;
    children.push(
      spawn(process.execPath, ["scripts/serve-console.mjs", "--port", String(consolePort)], {
        env: {
          ...process.env,
          NEXT_TELEMETRY_DISABLED: "1",
          PEAKA_API_BASE_URL: sandboxUrl,
          PEAKA_API_KEY: key,
          BETTER_AUTH_SECRET: randomBytes(32).toString("base64url"),
          BETTER_AUTH_URL: url,
          CONSOLE_DATA_DIR: join(dir, name),
          CONSOLE_SEED_DEMO_USERS: "1",
          CONSOLE_DEMO_PASSWORD: password,
          AUTH_RATE_LIMIT: "off",
          LOG_LEVEL: "warn",
          ...extra,
        },
        stdio: "ignore",
      }),
    );
    await waitFor(`${url}/api/health`);
    return url;
  }

  /** Caches the given tables of the sandbox's `payment` catalog in the demo project; returns the cache ids. */
  async function cachePaymentTables(tableNames) {
    const catalogs = await (
      await fetch(`${sandboxUrl}/data/projects/${PROJECT}/catalogs`, { headers: auth })
    ).json();
    const payment = catalogs.find((c) => c.name === "payment");
    const ids = [];
    for (const tableName of tableNames) {
      const created = await fetch(`${sandboxUrl}/data/projects/${PROJECT}/cache`, {
        method: "POST",
        headers: auth,
        body: JSON.stringify({ catalogId: payment.id, schemaName: "public", tableName }),
      });
      ids.push((await created.json()).id);
    }
    return ids;
  }

  /** Signs a demo user in to a console and returns the session cookie. */
  async function signIn(url, email) {
    await fetch(`${url}/sign-in`); // prepares the database and the demo users
    const response = await fetch(`${url}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: url },
      body: JSON.stringify({ email, password }),
    });
    const cookie = response.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
    if (!cookie.includes("session_token")) throw new Error(`sign-in failed: ${response.status}`);
    return cookie;
  }

  return { sandboxUrl, auth, startConsole, cachePaymentTables, signIn, stopAll };
}
