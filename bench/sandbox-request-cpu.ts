// The sandbox's own CPU per request, on the reads every console page and fuzz input makes (cache statuses, catalogs,
// a project that does not exist), 8 in flight, after a warm-up. Figures and the before/after method:
// docs/benchmarks.md ("Session 16"). Run: node --import tsx bench/sandbox-request-cpu.ts
import { readFileSync } from "node:fs";

import { startSandbox } from "../tests/contract/helpers/sandbox-process";

const REQUESTS = 6000;
const IN_FLIGHT = 8;

/** User + system CPU seconds of a process so far. */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

const sandbox = await startSandbox();
try {
  const headers = { authorization: `Bearer ${sandbox.keys.partnerKey}` };
  const urls = ["demoPrj1/cache/status", "demoPrj1/catalogs", "no-such-project/cache/status"].map(
    (path) => `${sandbox.baseUrl}/data/projects/${path}`,
  );
  const get = (i: number) => fetch(urls[i % urls.length] ?? "", { headers }).then((r) => r.arrayBuffer());
  for (let i = 0; i < 300; i++) await get(i);
  const pid = sandbox.child.pid ?? 0;
  const before = cpuSeconds(pid);
  let next = 0;
  await Promise.all(
    Array.from({ length: IN_FLIGHT }, async () => {
      while (next < REQUESTS) await get(next++);
    }),
  );
  const used = cpuSeconds(pid) - before;
  console.log(
    `sandbox: ${used.toFixed(2)} CPU-s for ${REQUESTS} reads, ${((used / REQUESTS) * 1e6).toFixed(0)} µs each`,
  );
} finally {
  await sandbox.stop();
}
