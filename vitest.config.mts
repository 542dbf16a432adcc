import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import { BaseSequencer, type TestSpecification } from "vitest/node";

const r = (p: string) => fileURLToPath(new URL(p, import.meta.url));

const isFuzz = (spec: TestSpecification) => spec.moduleId.includes("/tests/fuzz/");

/** A file that starts servers (a sandbox, a console, PostgreSQL) spends most of its time waiting on them. */
const SERVERS = /\b(startSandbox|sandboxForFile|startHarness|startConsole|sandboxWithTable|startPostgres)\(/;
const startsServers = (spec: TestSpecification) => SERVERS.test(readFileSync(spec.moduleId, "utf8"));

/**
 * Files that need a process of their own: they set env, replace modules or globals, or start servers (the fuzz
 * does all of these). The others share their workers' processes and loaded modules: a process and module graph
 * per file cost about 0.3 CPU-s each, and those files took 0.88x the CPU in three pairs (docs/benchmarks.md,
 * session 17).
 */
const NEEDS_ISOLATION = new RegExp(
  `process\\.env|vi\\.(mock|stubEnv|stubGlobal|useFakeTimers)|globalThis|${SERVERS.source}`,
);
const INCLUDE = "tests/**/*.test.{ts,tsx}";
const sharedFiles = readdirSync(r("./tests"), { recursive: true, encoding: "utf8" })
  .map((file) => `tests/${file}`)
  .filter((file) => /\.test\.tsx?$/.test(file) && !file.startsWith("tests/fuzz/"))
  .filter((file) => !NEEDS_ISOLATION.test(readFileSync(r(`./${file}`), "utf8")));

/**
 * The fuzz files take minutes each and everything else seconds: they start first, one per worker, and the short
 * files fill in beside them. On a clean clone Vitest has no timings to sort by, so it cannot know this itself.
 * Of the short files, those that wait on servers come first, beside the last fuzz files: last, they left the
 * cores half idle for the run's final minute (docs/benchmarks.md, session 9).
 */
class FuzzFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const short = sorted.filter((spec) => !isFuzz(spec));
    const waiting = new Set(short.filter(startsServers));
    return [...sorted.filter(isFuzz), ...waiting, ...short.filter((spec) => !waiting.has(spec))];
  }
}

export default defineConfig({
  resolve: { alias: { "@": r("./"), "server-only": r("./node_modules/server-only/empty.js") } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "isolated",
          include: [INCLUDE],
          exclude: sharedFiles,
          // One seeded sandbox folder that every test sandbox starts from as a copy (the seed is deterministic).
          globalSetup: ["tests/support/sandbox-template.ts"],
          // In one project only, so each bench runs once and alone.
          benchmark: { include: ["bench/**/*.bench.ts"] },
        },
      },
      {
        extends: true,
        test: { name: "shared", include: sharedFiles, isolate: false, benchmark: { include: [] } },
      },
    ],
    environment: "node",
    // The run's own temporary folder, removed at its end: every test's files go there.
    globalSetup: ["tests/support/run-temp-dir.ts"],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: "forks",
    // Three, not Vitest's cores-minus-one (one on a 2-core machine): the fuzz files wait on their sandbox and proxy
    // processes for part of each input, and the schedule and crash-recovery files mostly wait on timers (with two
    // workers the machine sat 96 % idle at times once e2e had ended). In `npm test` Vitest is one scheduling group
    // at nice 10, so more workers do not take more CPU from e2e.
    maxWorkers: 3,
    // A larger young generation: the fuzz allocates short-lived payloads, requests and answers by the hundred
    // thousand, and with 64 MB semi-spaces instead of V8's default a fuzz pair took 0.91x the CPU in four pairs
    // measured back to back (docs/benchmarks.md, session 10).
    execArgv: ["--max-semi-space-size=64"],
    sequence: { sequencer: FuzzFirst },
  },
});
