// Vitest global setup: every temporary folder a test makes (sandbox and console data, PostgreSQL clusters, the
// sandbox template) lands in one folder of the run's own, removed when the run ends. Before, each `npm test` left
// about 30 folders and 400 MB in /tmp, and a developer's disk filled after a few dozen runs.
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Set while a run folder is in use: the root config and each project inherit this setup, and Vitest runs each. */
export const RUN_TEMP_DIR = "CACHE_CONSOLE_RUN_TEMP_DIR";

export default function setup(): () => void {
  // One folder per run: nested ones made the PostgreSQL socket path longer than Unix allows.
  if (process.env[RUN_TEMP_DIR] && process.env[RUN_TEMP_DIR] === process.env.TMPDIR) return () => undefined;
  const previous = process.env.TMPDIR;
  const root = mkdtempSync(join(tmpdir(), "cache-console-vitest-"));
  // Traversable, not listable: the PostgreSQL suites run their server as the `postgres` user inside a folder here.
  chmodSync(root, 0o711);
  // os.tmpdir() reads TMPDIR at each call, and Vitest starts its workers after global setup, with this env.
  process.env.TMPDIR = root;
  process.env[RUN_TEMP_DIR] = root;
  return () => {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    delete process.env[RUN_TEMP_DIR];
    rmSync(root, { recursive: true, force: true });
  };
}
