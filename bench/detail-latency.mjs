// The cache detail page's server response with 100 ms added to every Partner API call (the real fault proxy,
// tests/support/fault-proxy.ts), against a 0 ms baseline in the same run. Needs a production build.
// Run: node --import tsx bench/detail-latency.mjs   (DETAIL_REQUESTS=20 warm requests per setting by default)
// For each setting a fresh console takes one cold request (memoised reads empty), then the warm ones; the proxy's
// log counts the Partner API calls per request, and (time at 100 ms − time at 0 ms) / 100 ms the round trips on
// the critical path.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { startFaultProxy } from "../tests/support/fault-proxy.ts";
import { PROJECT, startSandbox } from "./support/stack.mjs";

const REQUESTS = Number(process.env.DETAIL_REQUESTS ?? 20);
const LATENCIES = [0, 100];

const dir = mkdtempSync(join(tmpdir(), "cc-detail-"));
const stack = await startSandbox(dir);
const proxy = await startFaultProxy({ target: new URL(stack.sandboxUrl).origin });
const [cacheId] = await stack.cachePaymentTables(["customers"]);
// The first full refresh finishes, so the page shows a copy and the status alone names the last success.
for (let i = 0; i < 200; i++) {
  const status = await (
    await fetch(`${stack.sandboxUrl}/data/projects/${PROJECT}/cache/${cacheId}/status`, {
      headers: stack.auth,
    })
  ).json();
  if (status.status === "COMPLETED") break;
  await new Promise((r) => setTimeout(r, 100));
}

async function timed(url, cookie) {
  proxy.log.splice(0);
  const started = performance.now();
  const response = await fetch(url, { headers: { cookie } });
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
  return { ms: performance.now() - started, calls: proxy.log.length };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const results = [];
for (const latency of LATENCIES) {
  await proxy.setFault(latency > 0 ? { kind: "latency", delayMs: latency } : null);
  const url = await stack.startConsole(`console-${latency}`, { PEAKA_API_BASE_URL: `${proxy.url}/api/v1` });
  await proxy.setFault(null);
  const cookie = await stack.signIn(url, "viewer@demo.test");
  await proxy.setFault(latency > 0 ? { kind: "latency", delayMs: latency } : null);
  const page = `${url}/projects/${PROJECT}/caches/${cacheId}`;
  const cold = await timed(page, cookie);
  const warm = [];
  for (let i = 0; i < REQUESTS; i++) warm.push(await timed(page, cookie));
  results.push({
    latency,
    cold,
    warmMs: median(warm.map((w) => w.ms)),
    warmCalls: median(warm.map((w) => w.calls)),
  });
}

const [base, slow] = results;
const ms = (v) => v.toFixed(0);
console.log(
  `\nDetail page GET /projects/{id}/caches/{cacheId}: one cold request, then median of ${REQUESTS} warm`,
);
console.log("| Partner API latency | cold (ms) | cold calls | warm median (ms) | warm calls |");
console.log("| ---: | ---: | ---: | ---: | ---: |");
for (const r of results)
  console.log(`| ${r.latency} ms | ${ms(r.cold.ms)} | ${r.cold.calls} | ${ms(r.warmMs)} | ${r.warmCalls} |`);
console.log(
  `Ratio 100 ms / 0 ms: cold ${(slow.cold.ms / base.cold.ms).toFixed(2)}, warm ${(slow.warmMs / base.warmMs).toFixed(2)}; ` +
    `round trips on the critical path (added time / 100 ms): cold ${((slow.cold.ms - base.cold.ms) / 100).toFixed(1)}, ` +
    `warm ${((slow.warmMs - base.warmMs) / 100).toFixed(1)}`,
);
await proxy.stop();
rmSync(dir, { recursive: true, force: true });
process.exit(0);
