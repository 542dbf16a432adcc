// Load on the caches overview route and the console's overhead over a direct Partner API call.
// Needs a production build (`npx next build`). Starts its own sandbox and console on free ports.
// Run: node bench/load-overview.mjs   (LOAD_SECONDS=60 LOAD_CONNECTIONS=100 by default)
// A second console with CONSOLE_READ_WINDOW_MS=0 times the route as a plain pass-through to the sandbox.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import autocannon from "autocannon";

import { PROJECT, startSandbox } from "./support/stack.mjs";

const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS ?? 100);
const OVERHEAD_REQUESTS = Number(process.env.OVERHEAD_REQUESTS ?? 1000);

const dir = mkdtempSync(join(tmpdir(), "cc-load-"));
const stack = await startSandbox(dir);
const { sandboxUrl, auth } = stack;

try {
  // A second console with read sharing off, so the overhead table also shows a plain pass-through.
  const [consoleUrl, passUrl] = await Promise.all([
    stack.startConsole("console"),
    stack.startConsole("console-pass", { CONSOLE_READ_WINDOW_MS: "0" }),
  ]);
  // A realistic page: every payment table cached.
  await stack.cachePaymentTables(["customers", "charges", "invoices", "refunds", "subscriptions"]);
  const route = `/api/projects/${PROJECT}/caches`;
  const signIn = async (url) => {
    const cookie = await stack.signIn(url, "viewer@demo.test");
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
  stack.stopAll();
  rmSync(dir, { recursive: true, force: true });
}
