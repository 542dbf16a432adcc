// `npm test`: every layer, each starting the processes it needs. Steps run as soon as what they need has passed:
//
//   lint (nice 10) ───────────────────┐
//   typecheck ── build ── e2e ────────┤  (e2e: the main and the two fault stacks side by side, 3 workers)
//   unit and contract (vitest, 2 workers, nice 10) ┘
//
// The build waits for typecheck because tsc reads .next/types, which the build rewrites. Vitest needs no build, so
// it runs alongside the build and e2e. `node scripts/test.mjs lint e2e` runs only the steps named (in that order of
// dependencies); `--serial` runs the steps one after another, as before (for comparing, see docs/benchmarks.md).
// Output lines are prefixed with their step; one closing tally line and a timeline at the end. A failed step's last
// lines are printed again just before them: the steps' output interleaves, and a CI log that keeps only its tail
// used to end in Vitest's passing tests with no word of which e2e test had failed.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, writeFileSync } from "node:fs";
import { createInterface } from "node:readline";

// The build sees a canary key; e2e/global-teardown.ts fails the run if it turns up anywhere in .next.
const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: "1",
  BUILD_SECRET_CANARY: `canary.${randomBytes(12).toString("hex")}`,
};
const buildEnv = { ...env, PEAKA_API_KEY: env.BUILD_SECRET_CANARY, CONSOLE_TEST_BUILD: "1" };

function ensureChromium() {
  const sudo = process.getuid?.() === 0 ? [] : ["sudo"];
  const run = (args, options = {}) =>
    spawnSync(sudo[0] ?? args[0], sudo.length ? args : args.slice(1), { stdio: "inherit", ...options });
  if (!existsSync("/usr/bin/chromium")) {
    console.log("· /usr/bin/chromium is missing: installing Debian's chromium package");
    run(["apt-get", "update"]);
    run(["apt-get", "install", "-y", "chromium"]);
    if (!existsSync("/usr/bin/chromium")) throw new Error("Could not install chromium with apt-get");
  }
  // The headless shell costs e2e about a third less CPU (playwright.config.ts); without it the full browser runs.
  if (!existsSync("/usr/bin/chromium-headless-shell")) {
    console.log("· installing Debian's chromium-headless-shell (e2e falls back to chromium without it)");
    // No timeout: a package manager stopped mid-install could leave chromium itself broken.
    run(["apt-get", "install", "-y", "--no-install-recommends", "chromium-headless-shell"], {
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
  }
}

// Lint and Vitest are off the longest path (typecheck, build, e2e), so they run at a lower CPU priority: they take
// the cores whenever that path waits (e2e mostly does), and never slow the build or an e2e test's timeouts.
const BACKGROUND = existsSync("/usr/bin/nice") ? ["/usr/bin/nice", "-n", "10"] : [];
const BACKGROUND_NICE = "10";

/**
 * Each step is a session of its own (detached, so it can be stopped as a process group), and with Linux's
 * autogroup scheduling (sched_autogroup_enabled) a session is a scheduling group: a process's nice only ranks it
 * inside its group, and the groups share the CPU evenly by their own nice. So `nice -n 10` alone left lint and
 * Vitest an equal share beside the build and e2e; the group's nice is set too.
 */
function lowerGroupPriority(pid) {
  try {
    writeFileSync(`/proc/${pid}/autogroup`, BACKGROUND_NICE);
  } catch {
    // No autogroup scheduling here (or not Linux): the process nice from BACKGROUND is all there is.
  }
}

const STEPS = [
  { name: "lint", cmd: [...BACKGROUND, "npx", "eslint", ".", "--max-warnings=0"], after: [] },
  { name: "typecheck", cmd: ["npx", "tsc", "--noEmit"], after: [] },
  { name: "unit and contract", cmd: [...BACKGROUND, "npx", "vitest", "run"], after: [] },
  { name: "build", cmd: ["npx", "next", "build"], after: ["typecheck"], env: buildEnv },
  { name: "e2e", cmd: ["npx", "playwright", "test"], after: ["build"], before: ensureChromium },
];

// Enough for Playwright's closing list of failed tests and the first lines of their errors.
const TAIL_LINES = 60;

const args = process.argv.slice(2);
const serial = args.includes("--serial");
const only = args.filter((a) => !a.startsWith("--"));
const steps = STEPS.filter((s) => only.length === 0 || only.includes(s.name.split(" ")[0]));
const selected = new Set(steps.map((s) => s.name));
const t0 = Date.now();
const since = (t) => ((t - t0) / 1000).toFixed(1);
const state = new Map(); // name -> { status: "running" | "passed" | "failed", child, started, ended }

function run(step) {
  step.before?.();
  const started = Date.now();
  const label = step.name.split(" ")[0];
  console.log(`\n▶ ${step.name} (at ${since(started)} s): ${step.cmd.join(" ")}`);
  // Its own process group, so a failure elsewhere can stop it together with the servers it started.
  const child = spawn(step.cmd[0], step.cmd.slice(1), {
    env: step.env ?? env,
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  if (step.cmd[0] === BACKGROUND[0]) lowerGroupPriority(child.pid);
  const entry = { status: "running", child, started, ended: 0, tail: [] };
  state.set(step.name, entry);
  for (const stream of [child.stdout, child.stderr])
    createInterface({ input: stream }).on("line", (line) => {
      console.log(`[${label}] ${line}`);
      entry.tail.push(line);
      if (entry.tail.length > TAIL_LINES) entry.tail.shift();
    });
  return new Promise((resolve) => {
    child.on("close", (code) => {
      entry.ended = Date.now();
      entry.status = code === 0 ? "passed" : "failed";
      const seconds = ((entry.ended - started) / 1000).toFixed(1);
      console.log(
        code === 0 ? `✔ ${step.name} (${seconds} s)` : `✖ ${step.name} failed (${seconds} s, exit ${code})`,
      );
      resolve();
    });
  });
}

function stopRunning() {
  for (const entry of state.values()) {
    if (entry.status !== "running") continue;
    try {
      process.kill(-entry.child.pid, "SIGTERM");
    } catch {
      // Already gone.
    }
  }
}

// The steps have process groups of their own, so Ctrl-C on the terminal does not reach them: pass it on.
for (const signal of ["SIGINT", "SIGTERM"])
  process.on(signal, () => {
    stopRunning();
    process.exit(130);
  });

const ready = (step) =>
  step.after.every((dep) => !selected.has(dep) || state.get(dep)?.status === "passed") &&
  (!serial || [...state.values()].every((e) => e.status !== "running"));

let failed = false;
const pending = new Set();
while (!failed) {
  const next = steps.filter((s) => !state.has(s.name) && ready(s));
  for (const step of serial ? next.slice(0, 1) : next) {
    // A failed step starts nothing new, but the steps already running finish and print their own failures: the
    // first red step used to stop the others, so a CI log showed which fuzz tests failed but never why.
    const promise = run(step).then(() => {
      pending.delete(promise);
      if (state.get(step.name).status === "failed") failed = true;
    });
    pending.add(promise);
  }
  if (pending.size === 0) break;
  await Promise.race(pending);
}
await Promise.all(pending);

const entries = steps.filter((s) => state.has(s.name)).map((s) => [s.name, state.get(s.name)]);
const passed = entries.filter(([, e]) => e.status === "passed").length;
for (const [name, e] of entries.filter(([, e]) => e.status === "failed")) {
  console.log(`\n── the last ${e.tail.length} lines of ${name}, which failed ──`);
  for (const line of e.tail) console.log(`  ${line.replace(/\x1b\[[0-9;]*m/g, "").slice(0, 240)}`);
}
console.log("\ntimeline (s from start):");
for (const [name, e] of entries) console.log(`  ${name.padEnd(18)} ${since(e.started)} → ${since(e.ended)}`);
console.log(`\nsteps: ${passed} passed, ${entries.length - passed} failed (total ${since(Date.now())} s)`);
process.exit(passed === steps.length ? 0 : 1);
