// Starts a throwaway PostgreSQL server from Debian's package on a free port, for suites that must run on both databases.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { freePort } from "./free-port";

function binDir(): string | null {
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return null;
  const version = readdirSync(root).sort((a, b) => Number(b) - Number(a))[0];
  return version ? join(root, version, "bin") : null;
}

export function postgresAvailable(): boolean {
  const dir = binDir();
  return !!dir && existsSync(join(dir, "initdb"));
}

// initdb refuses to run as root, so as root the server runs as the package's `postgres` user.
function asServerUser(bin: string, args: string[]): [string, string[]] {
  return process.getuid?.() === 0 ? ["runuser", ["-u", "postgres", "--", bin, ...args]] : [bin, args];
}

export async function startPostgres(): Promise<{ url: string; stop: () => Promise<void> }> {
  const dir = binDir();
  if (!dir) throw new Error("PostgreSQL is not installed: apt-get install -y postgresql");
  const base = mkdtempSync(join(tmpdir(), "cc-pg-"));
  chmodSync(base, 0o777);
  const data = join(base, "data");
  const port = await freePort();
  const [initCmd, initArgs] = asServerUser(join(dir, "initdb"), [
    "-D",
    data,
    "-U",
    "postgres",
    "--auth=trust",
    "-E",
    "UTF8",
  ]);
  execFileSync(initCmd, initArgs, { stdio: "ignore" });
  const [cmd, args] = asServerUser(join(dir, "postgres"), [
    "-D",
    data,
    "-p",
    String(port),
    "-k",
    base,
    "-c",
    "listen_addresses=127.0.0.1",
    "-c",
    "fsync=off",
  ]);
  const server: ChildProcess = spawn(cmd, args, { stdio: "ignore" });
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      execFileSync(join(dir, "pg_isready"), ["-h", "127.0.0.1", "-p", String(port)], { stdio: "ignore" });
      break;
    } catch {
      if (Date.now() > deadline) throw new Error("PostgreSQL did not start within 30 s");
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  return {
    url,
    async stop() {
      const exited = new Promise((r) => server.once("exit", r));
      const [stopCmd, stopArgs] = asServerUser(join(dir, "pg_ctl"), ["stop", "-D", data, "-m", "fast", "-w"]);
      try {
        execFileSync(stopCmd, stopArgs, { stdio: "ignore" });
      } catch {
        server.kill("SIGKILL");
      }
      await exited;
      rmSync(base, { recursive: true, force: true });
    },
  };
}
