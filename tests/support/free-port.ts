import { execFileSync } from "node:child_process";
import { join } from "node:path";

import { freePort as pick } from "../../scripts/free-port.mjs";

const handedOut = new Set<number>();

// Playwright hands its stack's ports to every worker in E2E_*_PORT variables; a worker's own servers avoid them.
function taken(): number[] {
  const fromEnv = Object.entries(process.env)
    .filter(([name]) => /^E2E_.*PORT$/.test(name))
    .map(([, value]) => Number(value));
  return [...handedOut, ...fromEnv];
}

/** A port outside the ephemeral range that nothing listens on, for a server this run starts next. */
export async function freePort(): Promise<number> {
  const port = await pick(taken());
  handedOut.add(port);
  return port;
}

/** The same, for Playwright's config, which must know its ports before anything async can run. */
export function freePortSync(): number {
  const script = join(process.cwd(), "scripts", "free-port.mjs");
  const port = Number(
    execFileSync(process.execPath, [script, ...taken().map(String)], { encoding: "utf8" }).trim(),
  );
  handedOut.add(port);
  return port;
}
