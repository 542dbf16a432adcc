// `npm run demo`: the local sandbox Partner API plus the console, with one demo user per role.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";

import { startMailCatcher } from "./alerts/mail-catcher.mjs";
import { startWebhookReceiver } from "./alerts/webhook-receiver.mjs";
import { demoSandboxTiming } from "./demo-sandbox-timing.mjs";

const { values } = parseArgs({
  options: {
    port: { type: "string", default: process.env.PORT ?? "3000" },
    "sandbox-port": { type: "string", default: process.env.SANDBOX_PORT ?? "4010" },
    // Source rows changed per second, so incremental syncs have real inserts, updates and deletes; 0 turns it off.
    churn: { type: "string", default: process.env.DEMO_CHURN_RATE ?? "2" },
    // The local mail catcher (SMTP + inbox page) and the webhook receiver the alert walkthrough uses.
    "smtp-port": { type: "string", default: process.env.DEMO_SMTP_PORT ?? "2525" },
    "inbox-port": { type: "string", default: process.env.DEMO_INBOX_PORT ?? "4025" },
    "hook-port": { type: "string", default: process.env.DEMO_HOOK_PORT ?? "4026" },
  },
});
const root = process.cwd();
const dataDir = join(root, ".data");
const sandboxDir = join(dataDir, "sandbox");
const demoDir = join(dataDir, "demo");
const sandboxUrl = `http://127.0.0.1:${values["sandbox-port"]}`;
const consoleUrl = `http://127.0.0.1:${values.port}`;
const children = [];

function persisted(name, make) {
  mkdirSync(demoDir, { recursive: true });
  const file = join(demoDir, name);
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  const value = make();
  writeFileSync(file, value, { mode: 0o600 });
  return value;
}

async function waitFor(url, what, timeoutMs = 120_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${what} did not start within ${timeoutMs / 1000} s (${url})`);
}

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newestMtime(join(path, name))), stat.mtimeMs);
}

function buildIfStale() {
  const buildId = join(root, ".next", "BUILD_ID");
  const sources = [
    "app",
    "components",
    "lib",
    "public",
    "package.json",
    "next.config.js",
    "tailwind.config.ts",
  ];
  const newest = Math.max(...sources.map((s) => newestMtime(join(root, s))));
  if (existsSync(buildId) && statSync(buildId).mtimeMs >= newest) return;
  console.log("Building the console (first run or sources changed)…");
  const result = spawnSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) throw new Error("next build failed; see the output above");
}

function start(name, args, env, { quiet = false } = {}) {
  const child = spawn(process.execPath, args, {
    stdio: ["ignore", quiet ? "ignore" : "inherit", "inherit"],
    env: { ...process.env, ...env },
  });
  child.on("exit", (code, signal) => {
    if (!stopping) {
      console.error(`${name} stopped unexpectedly (${signal ?? `exit ${code}`}); shutting down.`);
      stop(1);
    }
  });
  children.push(child);
  return child;
}

let stopping = false;
function stop(code = 0) {
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill("SIGTERM");
  setTimeout(() => process.exit(code), 500);
}
process.on("SIGINT", () => stop(0));
process.on("SIGTERM", () => stop(0));

try {
  start(
    "sandbox",
    ["--import", "tsx", "sandbox/main.ts", "--port", values["sandbox-port"], "--data-dir", sandboxDir],
    {
      SANDBOX_QUIET: "1",
      ...demoSandboxTiming(process.env),
    },
  );
  await waitFor(`${sandboxUrl}/healthz`, "The sandbox");
  const keys = JSON.parse(readFileSync(join(sandboxDir, "dev-keys.json"), "utf8"));
  buildIfStale();
  const password = persisted("demo-password", () => `demo-${randomBytes(6).toString("hex")}`);
  const hookSecret = persisted("webhook-secret", () => `whsec-${randomBytes(12).toString("hex")}`);
  const mail = await startMailCatcher({
    smtpPort: Number(values["smtp-port"]),
    httpPort: Number(values["inbox-port"]),
  });
  const hook = await startWebhookReceiver({ secret: hookSecret, port: Number(values["hook-port"]) });
  start("console", ["scripts/serve-console.mjs", "--port", values.port], {
    PEAKA_API_BASE_URL: keys.baseUrl,
    PEAKA_API_KEY: keys.partnerKey,
    BETTER_AUTH_SECRET: persisted("auth-secret", () => randomBytes(32).toString("base64url")),
    BETTER_AUTH_URL: consoleUrl,
    CONSOLE_DATA_DIR: join(dataDir, "console"),
    CONSOLE_SEED_DEMO_USERS: "1",
    CONSOLE_DEMO_PASSWORD: password,
    LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
    // A demo should not keep people waiting for the default 30 s.
    CONSOLE_ALERT_INTERVAL: process.env.CONSOLE_ALERT_INTERVAL ?? "PT5S",
  });
  const churnRate = Number(values.churn);
  if (churnRate > 0) {
    start(
      "churn",
      ["--import", "tsx", "sandbox/churn.ts", "--data-dir", sandboxDir, "--rate", values.churn],
      {},
      {
        quiet: true,
      },
    );
  }
  await waitFor(`${consoleUrl}/api/health`, "The console");
  await fetch(`${consoleUrl}/sign-in`); // prepares the database and the demo users
  const project = keys.projects?.[0]?.id ?? "demoPrj1";
  const catalogs = await fetch(`${keys.baseUrl}/data/projects/${project}/catalogs`, {
    headers: { authorization: `Bearer ${keys.partnerKey}` },
  })
    .then((r) => r.json())
    .catch(() => []);
  const payment = Array.isArray(catalogs) ? catalogs.find((c) => c.name === "payment")?.id : undefined;
  const failBody = JSON.stringify({
    projectId: project,
    catalogId: payment ?? "CATALOG_ID",
    schemaName: "public",
    tableName: "customers",
    message: "Source timed out (demo)",
  });
  console.log(`
Cache Console is running at ${consoleUrl}
  Sign in as (password for all three: ${password})
    viewer@demo.test     reads everything
    operator@demo.test   creates caches, edits schedules, runs and cancels syncs
    admin@demo.test      also deletes caches, manages users, reads the audit log
  Sandbox Partner API: ${keys.baseUrl}
    partner key: ${keys.partnerKey}
    e.g. curl -H "Authorization: Bearer ${keys.partnerKey}" ${keys.baseUrl}/data/projects/${keys.projects?.[0]?.id ?? "PROJECT"}/cache/status
  Source churn: ${churnRate > 0 ? `${values.churn} row changes per second (npm run demo -- --churn 0 turns it off)` : "off"}

Alerts (docs/alerts.md), no mail account needed:
  Mail catcher      SMTP ${mail.smtpUrl} · inbox ${mail.inboxUrl}
  Webhook receiver  ${hook.url} · signing secret ${hookSecret} · what it received: ${hook.url.replace(/hook$/, "")}
  1. Sign in as admin@demo.test, open Alerts and add two channels:
       Webhook: URL ${hook.url}, signing secret ${hookSecret}
       Email:   SMTP server ${mail.smtpUrl}, send to you@demo.test
     ("Send test" on each shows up at the receiver and in the inbox.)
  2. Add a rule for project ${project} with both channels (runs failed, 1 in a row).
  3. Create a cache of payment.public.customers if there is none, then make its next run fail and run it:
       curl -s -H "Authorization: Bearer ${keys.partnerKey}" -X POST ${sandboxUrl}/sandbox/control/fail-next-run -d '${failBody}'
     and press "Run full refresh" on the cache's page.
  4. Within seconds: one signed payload at the receiver, one mail in the inbox, the incident under Notifications.
  5. Run it again: the incident resolves, and the receiver and the inbox get the resolution.
Press Ctrl-C to stop everything.
`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  stop(1);
}
