// Vitest global setup: one sandbox data directory seeded once per run, which every test sandbox then starts from as
// a copy. The seed is deterministic (a fixed PRNG seed), so a copy holds exactly what a fresh seed would; seeding
// took about 1.5 CPU-s per sandbox, for about 40 sandboxes a run (docs/benchmarks.md). The template is made by
// the real sandbox starting on an empty folder, so the seed code still runs in every test run.
import { rmSync } from "node:fs";
import { join } from "node:path";

import type { TestProject } from "vitest/node";

import { removeDataDir, startSandbox } from "../contract/helpers/sandbox-process";

declare module "vitest" {
  export interface ProvidedContext {
    sandboxTemplate: string;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  const sandbox = await startSandbox({ from: "empty" });
  await sandbox.stop();
  // Written at every start with that start's port and key.
  rmSync(join(sandbox.dataDir, "dev-keys.json"), { force: true });
  project.provide("sandboxTemplate", sandbox.dataDir);
  return () => removeDataDir(sandbox.dataDir);
}
