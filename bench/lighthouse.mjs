// Lighthouse (mobile preset, Debian's Chromium) on the caches overview and the wizard's tables step.
// Needs a production build (`npx next build`) and npm registry access for `npx -y lighthouse@12`.
// Starts its own sandbox (one cache: payment.customers) and console on free ports and signs in as the operator.
// Run: node bench/lighthouse.mjs   (LIGHTHOUSE_RUNS=3 by default; the JSON reports go to a temporary folder)
import { execFileSync, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const PROJECT = "demoPrj1";
const CHROME_FLAGS =
  "--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking " +
  "--disable-component-update --disable-sync";

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

const dir = mkdtempSync(join(tmpdir(), "cc-lighthouse-"));
const key = `bench.${randomBytes(12).toString("base64url")}`;
const password = `bench-${randomBytes(8).toString("hex")}`;
const [sandboxPort, consolePort] = [await freePort(), await freePort()];
const sandboxUrl = `http://127.0.0.1:${sandboxPort}/api/v1`;
const consoleUrl = `http://127.0.0.1:${consolePort}`;
const children = [
  spawn(
    process.execPath,
    ["--import", "tsx", "sandbox/main.ts", "--port", String(sandboxPort), "--data-dir", join(dir, "sb")],
    { env: { ...process.env, SANDBOX_PARTNER_KEY: key, SANDBOX_QUIET: "1" }, stdio: "ignore" },
  ),
  spawn(process.execPath, ["scripts/serve-console.mjs", "--port", String(consolePort)], {
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: "1",
      PEAKA_API_BASE_URL: sandboxUrl,
      PEAKA_API_KEY: key,
      BETTER_AUTH_SECRET: randomBytes(32).toString("base64url"),
      BETTER_AUTH_URL: consoleUrl,
      CONSOLE_DATA_DIR: join(dir, "console"),
      CONSOLE_SEED_DEMO_USERS: "1",
      CONSOLE_DEMO_PASSWORD: password,
      AUTH_RATE_LIMIT: "off",
      LOG_LEVEL: "warn",
    },
    stdio: "ignore",
  }),
];
process.on("exit", () => children.forEach((c) => c.kill("SIGTERM")));

function lighthouse(url, cookie, output) {
  execFileSync(
    "npx",
    [
      "-y",
      "lighthouse@12",
      url,
      `--extra-headers=${JSON.stringify({ Cookie: cookie })}`,
      `--chrome-flags=${CHROME_FLAGS}`,
      "--only-categories=performance,accessibility",
      "--output=json",
      `--output-path=${output}`,
      "--quiet",
    ],
    { env: { ...process.env, CHROME_PATH: "/usr/bin/chromium" }, stdio: ["ignore", "ignore", "inherit"] },
  );
  const { audits, categories } = JSON.parse(readFileSync(output, "utf8"));
  return {
    performance: Math.round(categories.performance.score * 100),
    accessibility: Math.round(categories.accessibility.score * 100),
    fcp: audits["first-contentful-paint"].displayValue,
    lcp: audits["largest-contentful-paint"].displayValue,
    tbt: audits["total-blocking-time"].displayValue,
  };
}

await waitFor(`http://127.0.0.1:${sandboxPort}/healthz`);
await waitFor(`${consoleUrl}/api/health`);
await fetch(`${consoleUrl}/sign-in`); // prepares the database and the demo users
const auth = { authorization: `Bearer ${key}`, "content-type": "application/json" };
const catalogs = await (
  await fetch(`${sandboxUrl}/data/projects/${PROJECT}/catalogs`, { headers: auth })
).json();
const payment = catalogs.find((c) => c.name === "payment");
await fetch(`${sandboxUrl}/data/projects/${PROJECT}/cache`, {
  method: "POST",
  headers: auth,
  body: JSON.stringify({ catalogId: payment.id, schemaName: "public", tableName: "customers" }),
});
const signIn = await fetch(`${consoleUrl}/api/auth/sign-in/email`, {
  method: "POST",
  headers: { "content-type": "application/json", origin: consoleUrl },
  body: JSON.stringify({ email: "operator@demo.test", password }),
});
const cookie = signIn.headers
  .getSetCookie()
  .map((c) => c.split(";")[0])
  .join("; ");
if (!cookie.includes("session_token")) throw new Error(`sign-in failed: ${signIn.status}`);

const pages = [
  ["overview", `${consoleUrl}/projects/${PROJECT}/caches`],
  ["wizard (tables)", `${consoleUrl}/projects/${PROJECT}/caches/new/tables`],
];
console.log(`| page | run | performance | accessibility | FCP | LCP | TBT |`);
console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
for (const [name, url] of pages) {
  await fetch(url, { headers: { cookie } }); // warms the console's memoised catalogs and schedules
  for (let run = 1; run <= RUNS; run++) {
    const r = lighthouse(url, cookie, join(dir, `${name.split(" ")[0]}-${run}.json`));
    console.log(
      `| ${name} | ${run} | ${r.performance} | ${r.accessibility} | ${r.fcp} | ${r.lcp} | ${r.tbt} |`,
    );
  }
}
console.log(`Reports: ${dir}`);
process.exit(0);
