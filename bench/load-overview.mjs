// Load on the caches overview route and the console's overhead over a direct Partner API call.
// Needs a production build (`npx next build`). Starts its own sandbox and console on free ports.
// Run: node bench/load-overview.mjs   (LOAD_SECONDS=60 LOAD_CONNECTIONS=100 by default)
// A second console with CONSOLE_READ_WINDOW_MS=0 times the route as a plain pass-through to the sandbox.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

import autocannon from "autocannon";

const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS ?? 100);
const OVERHEAD_REQUESTS = Number(process.env.OVERHEAD_REQUESTS ?? 1000);
const PROJECT = "demoPrj1";

const freePort = () =>
  new Promise((resolve) => {
    const s = createServer();
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

async function waitFor(url) {
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

const dir = mkdtempSync(join(tmpdir(), "cc-load-"));
const key = `bench.${randomBytes(12).toString("base64url")}`;
const password = `bench-${randomBytes(8).toString("hex")}`;
const [sandboxPort, consolePort, passPort] = [await freePort(), await freePort(), await freePort()];
const sandboxUrl = `http://127.0.0.1:${sandboxPort}/api/v1`;
const consoleUrl = `http://127.0.0.1:${consolePort}`;
// A second console with read sharing off, so the overhead table also shows a plain pass-through.
const passUrl = `http://127.0.0.1:${passPort}`;
const startConsole = (port, url, name, extra = {}) =>
  spawn(process.execPath, ["scripts/serve-console.mjs", "--port", String(port)], {
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
  });
const children = [
  spawn(
    process.execPath,
    ["--import", "tsx", "sandbox/main.ts", "--port", String(sandboxPort), "--data-dir", join(dir, "sb")],
    {
      env: { ...process.env, SANDBOX_PARTNER_KEY: key, SANDBOX_QUIET: "1" },
      stdio: "ignore",
    },
  ),
  startConsole(consolePort, consoleUrl, "console"),
  startConsole(passPort, passUrl, "console-pass", { CONSOLE_READ_WINDOW_MS: "0" }),
];
const stopAll = () => children.forEach((c) => c.kill("SIGTERM"));
process.on("exit", stopAll);

try {
  await waitFor(`http://127.0.0.1:${sandboxPort}/healthz`);
  await waitFor(`${consoleUrl}/api/health`);
  await waitFor(`${passUrl}/api/health`);
  const auth = { authorization: `Bearer ${key}`, "content-type": "application/json" };
  // A realistic page: every payment table cached.
  const catalogs = await (
    await fetch(`${sandboxUrl}/data/projects/${PROJECT}/catalogs`, { headers: auth })
  ).json();
  const payment = catalogs.find((c) => c.name === "payment");
  for (const tableName of ["customers", "charges", "invoices", "refunds", "subscriptions"])
    await fetch(`${sandboxUrl}/data/projects/${PROJECT}/cache`, {
      method: "POST",
      headers: auth,
      body: JSON.stringify({ catalogId: payment.id, schemaName: "public", tableName }),
    });
  const route = `/api/projects/${PROJECT}/caches`;
  const signIn = async (url) => {
    const response = await fetch(`${url}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: url },
      body: JSON.stringify({ email: "viewer@demo.test", password }),
    });
    const cookie = response.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
    if (!cookie.includes("session_token")) throw new Error(`sign-in failed: ${response.status}`);
    if ((await fetch(`${url}${route}`, { headers: { cookie } })).status !== 200)
      throw new Error("overview route failed");
    return cookie;
  };
  const overview = `${consoleUrl}${route}`;
  const cookie = await signIn(consoleUrl);
  const passCookie = await signIn(passUrl);

  const run = (url, headers, connections, duration) => autocannon({ url, headers, connections, duration });
  const row = (name, r) =>
    `| ${name} | ${r.requests.total} | ${r.latency.p50} | ${r.latency.p99} | ${r.errors + r.timeouts} | ${r.non2xx} |`;

  const load = await run(overview, { cookie }, CONNECTIONS, SECONDS);
  // autocannon reports whole milliseconds, too coarse for a sub-millisecond direct call: time each request here.
  const timed = async (url, headers) => {
    const samples = [];
    for (let i = 0; i < OVERHEAD_REQUESTS; i++) {
      const started = performance.now();
      const response = await fetch(url, { headers });
      await response.arrayBuffer();
      samples.push(performance.now() - started);
    }
    samples.sort((a, b) => a - b);
    const at = (q) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))];
    return { p50: at(0.5), p99: at(0.99) };
  };
  const direct = await timed(`${sandboxUrl}/data/projects/${PROJECT}/cache/status`, auth);
  const viaConsole = await timed(overview, { cookie });
  const passThrough = await timed(`${passUrl}${route}`, { cookie: passCookie });

  console.log(
    `\nLoad: ${CONNECTIONS} signed-in clients polling ${overview.replace(consoleUrl, "")} for ${SECONDS} s`,
  );
  console.log(
    "| run | requests | p50 (ms) | p99 (ms) | errors | non-2xx |\n| --- | ---: | ---: | ---: | ---: | ---: |",
  );
  console.log(row("overview route under load", load));
  console.log(`\nOverhead: one client, ${OVERHEAD_REQUESTS} sequential requests each, same run`);
  console.log("| run | p50 (ms) | p99 (ms) |\n| --- | ---: | ---: |");
  const ms = (v) => v.toFixed(2);
  console.log(`| sandbox GET /cache/status, direct | ${ms(direct.p50)} | ${ms(direct.p99)} |`);
  console.log(`| console GET /api/projects/{id}/caches | ${ms(viaConsole.p50)} | ${ms(viaConsole.p99)} |`);
  console.log(`| same, read sharing off (pass-through) | ${ms(passThrough.p50)} | ${ms(passThrough.p99)} |`);
  const added = (label, run) => {
    const ratio = (k) => (run[k] / direct[k]).toFixed(2);
    console.log(
      `${label}: added at p50 ${ms(run.p50 - direct.p50)} ms (ratio ${ratio("p50")}); at p99 ${ms(run.p99 - direct.p99)} ms (ratio ${ratio("p99")})`,
    );
  };
  console.log("");
  added("Console", viaConsole);
  added("Pass-through", passThrough);
} finally {
  stopAll();
}
