// A test server's port is picked here and bound later by another process. A port from listen(0) lies in the
// kernel's ephemeral range, where any outgoing socket (the fuzz opens thousands) can take it in that gap, so the
// pick comes from below that range. Ports already handed out are passed in, so one run never repeats a port.
import { readFileSync } from "node:fs";
import { createServer } from "node:net";
import { pathToFileURL } from "node:url";

const FLOOR = 10000;

/** @returns {[number, number]} the ports outgoing sockets may take, from the kernel, or Linux's default */
export function ephemeralRange() {
  try {
    const [low, high] = readFileSync("/proc/sys/net/ipv4/ip_local_port_range", "utf8")
      .trim()
      .split(/\s+/)
      .map(Number);
    if (Number.isInteger(low) && Number.isInteger(high) && low <= high) return [low, high];
  } catch {
    // Not Linux: the IANA dynamic range is the usual one.
    return [49152, 65535];
  }
  return [32768, 60999];
}

/** @returns {[number, number]} the widest stretch of ports outside the ephemeral range, above FLOOR */
export function pickRange() {
  const [low, high] = ephemeralRange();
  const below = low - 1 - FLOOR;
  const above = 65535 - (high + 1);
  return below >= above ? [FLOOR, low - 1] : [high + 1, 65535];
}

/** @param {number} port @returns {Promise<boolean>} */
function bindable(port) {
  return new Promise((resolve) => {
    const server = createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

/** @param {Iterable<number>} [taken] ports this run already handed out @returns {Promise<number>} */
export async function freePort(taken = []) {
  const skip = new Set(taken);
  const [from, to] = pickRange();
  const span = to - from + 1;
  const start = Math.floor(Math.random() * span);
  let probes = 0;
  for (let i = 0; i < span && probes < 200; i++) {
    const port = from + ((start + i) % span);
    if (skip.has(port)) continue;
    probes++;
    if (await bindable(port)) return port;
  }
  throw new Error(`no free port between ${from} and ${to} after ${probes} probes`);
}

// `node scripts/free-port.mjs [taken...]` prints one port, for callers that must pick synchronously.
if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  process.stdout.write(String(await freePort(process.argv.slice(2).map(Number))));
}
